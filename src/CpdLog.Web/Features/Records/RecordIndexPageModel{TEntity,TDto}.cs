namespace CpdLog.Web.Features.Records;

using AutoMapper;

/// <summary>
/// A list page of one record type: one page (<see cref="PageRequest"/>, from <c>?page=</c>) of the signed-in user's
/// live records in a stable order, mapped to the API's DTO, with the NHS pagination component below. A type's
/// <c>Index.cshtml</c> names this class with its entity and DTO; only a type with more to show derives from it.
/// </summary>
public class RecordIndexPageModel<TEntity, TDto>(CpdLogDbContext db, IMapper mapper) : PageModel
    where TEntity : OwnedRecord
{
    public IReadOnlyList<TDto> Items { get; private set; } = [];

    /// <summary>The NHS pagination of the list (also says "Showing 1 to 50 of 2,000").</summary>
    public Pager Pager { get; private set; } = Pager.Empty;

    /// <summary>How many live evidence files each record on this page has (records without any are absent).</summary>
    public IReadOnlyDictionary<Guid, int> EvidenceCounts { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>The type's descriptor in <see cref="RecordTypes.All"/>.</summary>
    private static RecordType<TEntity> Type => RecordTypes.Of<TEntity>();

    protected CpdLogDbContext Db => db;

    protected IMapper Mapper => mapper;

    public virtual async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        var filtered = Filter(Type.Owned(db, ownerId)).AsNoTracking();
        var total = await CountAsync(filtered, ct);
        var request = PageRequest.ParseOrFirst(Request.Query).Shown(total);

        // The page's rows and how many live evidence files each has, in one query.
        var kind = Type.Kind;
        var evidence = db.EvidenceFiles.OwnedBy(ownerId).Where(e => e.RecordKind == kind);
        var rows = total == 0 ? [] : await Shown(filtered.Skip(request.Skip).Take(request.PageSize))
            .Select(r => new { Record = r, Evidence = evidence.Count(e => e.RecordId == r.Id) })
            .ToListAsync(ct);
        var records = new PagedList<TEntity>(rows.Select(r => r.Record), request, total);
        Items = mapper.Map<List<TDto>>(records);
        Pager = Pager.For(Request, records, Type.Name, Type.PluralName);
        EvidenceCounts = rows.Where(r => r.Evidence > 0).ToDictionary(r => r.Record.Id, r => r.Evidence);
        return Page();
    }

    /// <summary>"1 file", "2 files", or "" when the record has no evidence.</summary>
    public string EvidenceText(Guid recordId)
        => EvidenceCounts.TryGetValue(recordId, out var count) ? $"{count} {(count == 1 ? "file" : "files")}" : "";

    protected virtual IQueryable<TEntity> Filter(IQueryable<TEntity> records) => records;

    /// <summary>How many records match the filters (a type that shows totals too can fetch them in the same query).</summary>
    protected virtual Task<int> CountAsync(IQueryable<TEntity> filtered, CancellationToken ct) => filtered.CountAsync(ct);

    /// <summary>The columns the list shows, for a type whose records carry long texts the list leaves out.</summary>
    protected virtual IQueryable<TEntity> Shown(IQueryable<TEntity> page) => page;
}
