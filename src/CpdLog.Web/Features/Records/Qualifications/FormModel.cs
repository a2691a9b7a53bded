namespace CpdLog.Web.Features.Records.Qualifications;

using AutoMapper;

/// <summary>Add and Edit of a qualification, with the user's own funding requests and learning agreements to link it to.</summary>
public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<Qualification, QualificationInput>(db, mapper, clock)
{
    public IReadOnlyList<SelectListItem> FundingRequestChoices { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AgreementChoices { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> StatusChoices { get; } =
        [.. Enum.GetValues<QualificationStatus>().Select(s => new SelectListItem(DisplayNames.Of(s), s.ToString()))];

    /// <summary>Only the signed-in user's own requests and the agreements they accepted.</summary>
    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        var requests = await Db.FundingRequests.Where(r => r.RequesterId == ownerId)
            .OrderByDescending(r => r.StartDate).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.Provider, r.StartDate })
            .ToListAsync(ct);
        FundingRequestChoices = [.. requests.Select(r => new SelectListItem($"{r.Title}, {r.Provider} (from {RecordFormat.ShortDate(r.StartDate)})", r.Id.ToString()))];
        var agreements = await (from a in Db.AgreementAcceptances
                                join r in Db.FundingRequests on a.FundingRequestId equals r.Id
                                where a.AcceptedById == ownerId && r.RequesterId == ownerId
                                orderby a.AcceptedAt descending, a.Id
                                select new { a.Id, r.Title, a.AcceptedAt, a.Amount })
            .ToListAsync(ct);
        AgreementChoices = [.. agreements.Select(a => new SelectListItem(
            $"Learning agreement for {a.Title}, accepted {RecordFormat.Date(a.AcceptedAt)} ({UkFormat.Money(a.Amount)})", a.Id.ToString()))];
    }
}
