namespace CpdLog.Web.Features.Records;

/// <summary>
/// What a user sends to create or change a record, from a page form or the JSON API. Values are nullable so that
/// "missing" reaches <see cref="RecordValidation"/> as a message rather than a binding failure; property names
/// match the entity's, so a <see cref="FieldError"/> names the form field and the JSON member alike.
/// </summary>
public abstract class RecordInput<TEntity>
    where TEntity : OwnedRecord, new()
{
    /// <summary>Leave the record out of shared views and, when chosen, portfolios.</summary>
    public bool IsPrivate { get; set; }

    /// <summary>Field errors for this input, judged on a scratch entity so the rules see exactly what would be saved.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var draft = new TEntity();
        ApplyTo(draft);
        return Check(draft, today);
    }

    /// <summary>Writes every field to the entity (explicitly: AutoMapper never writes to entities).</summary>
    public void ApplyTo(TEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.IsPrivate = IsPrivate;
        Apply(entity);
    }

    /// <summary>Checks that need the database, e.g. a link to another record must be the user's own.</summary>
    public virtual Task<IReadOnlyList<FieldError>> ValidateLinksAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
        => Task.FromResult<IReadOnlyList<FieldError>>([]);

    public async Task<IReadOnlyList<FieldError>> ValidateAllAsync(CpdLogDbContext db, string ownerId, DateOnly today, CancellationToken ct)
    {
        var errors = Validate(today);
        var links = await ValidateLinksAsync(db, ownerId, ct);
        return [.. errors, .. links.Where(l => errors.All(e => e.Field != l.Field))];
    }

    protected abstract void Apply(TEntity entity);

    protected abstract IReadOnlyList<FieldError> Check(TEntity draft, DateOnly today);

    protected static string Text(string? value) => value?.Trim() ?? "";

    /// <summary>A missing choice becomes an undefined value, which the rules report as "Select …".</summary>
    protected static TEnum Choice<TEnum>(TEnum? value)
        where TEnum : struct, Enum
        => value ?? (TEnum)Enum.ToObject(typeof(TEnum), -1);
}
