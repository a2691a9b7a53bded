namespace CpdLog.Web.Features.Records;

/// <summary>The user's records of every type with a description in <see cref="RecordTypes.All"/>, with counts, and the way to the bin.</summary>
public sealed class IndexModel(CpdLogDbContext db) : PageModel
{
    public IReadOnlyList<RecordTypeSummary> Types { get; private set; } = [];

    public int InBin { get; private set; }

    public decimal PracticeHours { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        var summaries = new List<RecordTypeSummary>();
        foreach (var type in RecordTypes.All)
        {
            if (type.Description is { } description)
            {
                summaries.Add(new(type.PluralName, type.IndexPath, type.IndexPage, await type.CountAsync(db, ownerId, ct), description));
            }
        }

        Types = summaries;
        InBin = (await Bin.BinContents.ListAsync(db, ownerId, ct)).Count;

        // Decimals are summed in memory: SQLite stores them as text.
        PracticeHours = (await db.PracticeHours.OwnedBy(ownerId).Select(p => p.Hours).ToListAsync(ct)).Sum();
    }
}
