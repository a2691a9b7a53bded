namespace CpdLog.Web.Features.Records;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Api.Paging;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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
    public Pager Pager { get; private set; } = new(1, PageRequest.DefaultPageSize, 0, _ => "");

    /// <summary>How many live evidence files each record on this page has (records without any are absent).</summary>
    public IReadOnlyDictionary<Guid, int> EvidenceCounts { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>The type's descriptor in <see cref="RecordTypes.All"/>.</summary>
    private static RecordType<TEntity> Type => RecordTypes.Of<TEntity>();

    protected CpdLogDbContext Db => db;

    protected IMapper Mapper => mapper;

    public virtual async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        var records = await Filter(Type.Owned(db, ownerId)).AsNoTracking().ToShownPageAsync(PageRequest.ParseOrFirst(Request.Query), ct);
        Items = mapper.Map<List<TDto>>(records);
        Pager = Pager.For(Request, records, Type.Name, Type.PluralName);

        // One grouped query for the rows on this page, not one per row.
        var kind = Type.Kind;
        var ids = records.Select(r => r.Id).ToList();
        EvidenceCounts = ids.Count == 0 ? new Dictionary<Guid, int>() : await db.EvidenceFiles.OwnedBy(ownerId)
            .Where(e => e.RecordKind == kind && ids.Contains(e.RecordId))
            .GroupBy(e => e.RecordId)
            .Select(g => new { RecordId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.RecordId, g => g.Count, ct);
        return Page();
    }

    /// <summary>"1 file", "2 files", or "" when the record has no evidence.</summary>
    public string EvidenceText(Guid recordId)
        => EvidenceCounts.TryGetValue(recordId, out var count) ? $"{count} {(count == 1 ? "file" : "files")}" : "";

    protected virtual IQueryable<TEntity> Filter(IQueryable<TEntity> records) => records;
}
