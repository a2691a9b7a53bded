namespace CpdLog.Web.Features.Records.PracticeHours;

using AutoMapper;

public sealed class IndexModel(CpdLogDbContext db, IMapper mapper) : RecordIndexPageModel<PracticeHoursEntry, PracticeHoursDto>(db, mapper)
{
    /// <summary>Hours of every live entry, on every page (summed in the database).</summary>
    public decimal TotalHours { get; private set; }

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await base.OnGetAsync(ct);
        TotalHours = await Db.PracticeHours.OwnedBy(User.UserId()).SumAsync(p => p.Hours, ct);
        return result;
    }
}
