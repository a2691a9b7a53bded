namespace CpdLog.Web.Features.Records;

using AutoMapper;

/// <summary>
/// The descriptor of a record type with the standard API and pages: the entity, its API DTO and its input (what a
/// form or API body sends). <see cref="RecordApi"/> maps the routes; <see cref="RecordsProfile"/> the maps.
/// </summary>
public sealed class CrudRecordType<TEntity, TDto, TInput>(string slug, string name, string pluralName, string indexPath)
    : RecordType<TEntity>(slug, name, pluralName, indexPath), ICrudRecordType, IRecordInputSource<TInput>
    where TEntity : OwnedRecord, new()
    where TInput : RecordInput<TEntity>, new()
{
    private readonly string? _apiName;

    /// <summary>PascalCase name for OpenAPI tags and operation ids; default the slug's words, e.g. "PracticeHours".</summary>
    public string ApiName
    {
        get => _apiName ?? string.Concat(Slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        init => _apiName = value;
    }

    /// <summary>What the Add page starts from (default: an empty input); a query parameter named like a property presets it.</summary>
    public Func<DateOnly, TInput>? Blank { get; init; }

    /// <summary>A valid input with the label in its main text field (see <see cref="ICrudRecordType.Sample"/>).</summary>
    public required Func<DateOnly, string, TInput> SampleInput { get; init; }

    /// <summary>Maps a type with child records adds (the children's maps, changes to the entity → DTO map).</summary>
    public Action<Profile, IMappingExpression<TEntity, TDto>>? Maps { get; init; }

    /// <summary>Routes beyond the standard CRUD, mapped in the type's group (<c>/api/v1/{slug}</c>).</summary>
    public Action<RouteGroupBuilder>? MoreApi { get; init; }

    public RouteGroupBuilder MapApi(RouteGroupBuilder api)
    {
        var group = api.MapOwnedRecordApi<TEntity, TDto, TInput>(this);
        MoreApi?.Invoke(group);
        return group;
    }

    public void AddMaps(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var toDto = profile.CreateMap<TEntity, TDto>();
        profile.CreateMap<TEntity, TInput>();
        Maps?.Invoke(profile, toDto);
    }

    public object Sample(DateOnly today, string label) => SampleInput(today, label);

    public TInput NewInput(DateOnly today) => Blank?.Invoke(today) ?? new TInput();

    public OwnedRecord NewSample(string ownerId, DateOnly today, string label, DateTimeOffset now)
    {
        var input = SampleInput(today, label);
        if (input.Validate(today) is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"The {Name} sample is not valid: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        var record = new TEntity { OwnerId = ownerId, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(record);
        return record;
    }
}
