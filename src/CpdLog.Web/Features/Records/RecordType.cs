namespace CpdLog.Web.Features.Records;

using System.Linq.Expressions;

/// <summary>
/// The descriptor of one owned record type: its names, URLs, order, evidence and description. Everything that lists
/// or handles "every record type" (records overview, bin, evidence, API, tests) reads it from <see cref="RecordTypes.All"/>.
/// </summary>
/// <param name="slug">The type's URL and API segment, e.g. "practice-hours".</param>
/// <param name="name">The singular name users read, e.g. "Practice hours".</param>
/// <param name="pluralName">The plural name users read.</param>
/// <param name="indexPath">The folder of the type's pages, e.g. "/Records/PracticeHours".</param>
public class RecordType<T>(string slug, string name, string pluralName, string indexPath) : IRecordType
    where T : OwnedRecord
{
    private readonly Func<IQueryable<T>, IOrderedQueryable<T>>? _order;
    private readonly string? _orderDescription;
    private readonly string? _addTitle;
    private readonly string? _editTitle;

    public string Slug { get; } = slug;

    public Type EntityType => typeof(T);

    public RecordKind? Kind { get; init; }

    public string Name { get; } = name;

    public string PluralName { get; } = pluralName;

    public string IndexPath { get; } = indexPath;

    public string IndexPage => IndexPath + "/Index";

    public string? Description { get; init; }

    public string EvidenceHint { get; init; } = "";

    public bool HasRecordPages { get; init; } = true;

    /// <summary>The heading of the Add page; default "Add a " and the name, e.g. "Add a reflective account".</summary>
    public string AddTitle
    {
        get => _addTitle ?? $"Add a {Name.ToLowerInvariant()}";
        init => _addTitle = value;
    }

    /// <summary>The heading of the Edit page; default "Change a " and the name.</summary>
    public string EditTitle
    {
        get => _editTitle ?? $"Change a {Name.ToLowerInvariant()}";
        init => _editTitle = value;
    }

    /// <summary>One line about the record for messages, the bin and the delete page.</summary>
    public required Func<T, string> Describe { get; init; }

    /// <summary>The display order: a total order (the id breaks ties), so pages never overlap. Default: <see cref="ByDate"/>.</summary>
    public Func<IQueryable<T>, IOrderedQueryable<T>> Order
    {
        get => _order ?? (ByDate is { } date ? q => q.OrderByDescending(date).ThenBy(r => r.Id) : throw Unordered());
        init => _order = value;
    }

    /// <summary>The date of a dated record: listed latest first, then by id (unless <see cref="Order"/> says otherwise).</summary>
    public Expression<Func<T, DateOnly>>? ByDate { get; init; }

    /// <summary>How <see cref="Owned"/> orders the records, in words for the API documentation.</summary>
    public string OrderDescription
    {
        get => _orderDescription ?? (_order is null && ByDate is not null ? "latest date first, then id" : throw Unordered());
        init => _orderDescription = value;
    }

    /// <summary>The page the Add and Edit pages go to after saving instead of the list (gap explanations: the dashboard).</summary>
    public string? SavedPage { get; init; }

    /// <summary>The page that shows one record with its evidence, when it is not the Edit page (activities: Details).</summary>
    public string? DetailsPage { get; init; }

    /// <summary>The Edit page, which shows the evidence panel below the form, unless the type has its own page.</summary>
    public string RecordPage => DetailsPage ?? IndexPath + "/Edit";

    /// <summary>The owner's live records in display order.</summary>
    public IQueryable<T> Owned(CpdLogDbContext db, string ownerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Order(db.Set<T>().OwnedBy(ownerId));
    }

    public Task<T?> FindAsync(CpdLogDbContext db, string ownerId, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().OwnedBy(ownerId).FirstOrDefaultAsync(r => r.Id == id, ct);
    }

    public Task<int> CountAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().OwnedBy(ownerId).CountAsync(ct);
    }

    public Task<bool> ExistsAsync(CpdLogDbContext db, string ownerId, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().OwnedBy(ownerId).AnyAsync(r => r.Id == id, ct);
    }

    public async Task<IReadOnlyList<BinItem>> ListBinAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var binned = await db.Set<T>().InBinOf(ownerId).ToListAsync(ct);
        return [.. binned.Select(r => new BinItem(Slug, Name, r.Id, Describe(r), r.DeletedAt!.Value))];
    }

    public async Task<bool> RestoreAsync(CpdLogDbContext db, string ownerId, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var record = await db.Set<T>().InBinOf(ownerId).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return false;
        }

        record.Restore();
        record.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private InvalidOperationException Unordered() => new($"Record type {Slug}: set Order and OrderDescription, or ByDate");
}
