namespace CpdLog.Web.Features.Records;

using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

public sealed record RecordTypeSummary(string Name, string Path, int Count, string Description);

/// <summary>The user's records of every type, with counts, and the way to the bin.</summary>
public sealed class IndexModel(CpdLogDbContext db) : PageModel
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["activities"] = "Your CPD log: courses, conferences, reading, coaching and other learning.",
        ["reflections"] = "Written reflections on the NMC four-question form.",
        ["feedback"] = "Feedback on your practice and how you used it.",
        ["practice-hours"] = "Where and how long you practised.",
        ["discussions"] = "Your discussion of your reflective accounts with another NMC registrant.",
        ["confirmations"] = "Confirmation that you have met the revalidation requirements.",
        ["declarations"] = "Health and character, and professional indemnity.",
        ["gap-explanations"] = "Why there was no CPD for a while (HCPC asks you to explain gaps of 3 months or more). Only you see these.",
    };

    public IReadOnlyList<RecordTypeSummary> Types { get; private set; } = [];

    public int InBin { get; private set; }

    public decimal PracticeHours { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        var summaries = new List<RecordTypeSummary>();
        foreach (var type in RecordTypes.All.Where(t => Descriptions.ContainsKey(t.Slug)))
        {
            summaries.Add(new(type.PluralName, type.IndexPath, await type.CountAsync(db, ownerId, ct), Descriptions[type.Slug]));
        }

        Types = summaries;
        InBin = (await Bin.BinContents.ListAsync(db, ownerId, ct)).Count;

        // Decimals are summed in memory: SQLite stores them as text.
        PracticeHours = (await db.PracticeHours.OwnedBy(ownerId).Select(p => p.Hours).ToListAsync(ct)).Sum();
    }
}
