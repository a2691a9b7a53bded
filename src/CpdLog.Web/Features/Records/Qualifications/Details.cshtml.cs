namespace CpdLog.Web.Features.Records.Qualifications;

using AutoMapper;
using CpdLog.Web.Features.Evidence;

/// <summary>
/// One qualification: its details, progress, modules (add, change, remove, log a passed one as CPD), the funding
/// requests and learning agreements it is linked to, and its evidence (the shared panel, posting to <c>/Evidence/Upload</c>). Only the owner sees it (another id is a 404).
/// </summary>
public sealed class DetailsModel(CpdLogDbContext db, TimeProvider clock, IMapper mapper, EvidenceService evidence) : PageModel
{
    public Qualification Qualification { get; private set; } = default!;

    public IReadOnlyList<QualificationModule> Modules { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyList<LinkedFunding> FundingRequests { get; private set; } = [];

    public IReadOnlyList<LinkedFunding> Agreements { get; private set; } = [];

    /// <summary>The logged CPD activities of the modules that are still live (a binned one shows as in the bin).</summary>
    public IReadOnlySet<Guid> LiveActivities { get; private set; } = new HashSet<Guid>();

    public EvidencePanel Evidence { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var ownerId = User.UserId();
        var qualification = await RecordTypes.Qualifications.FindAsync(db, ownerId, id, ct);
        if (qualification is null)
        {
            return NotFound();
        }

        Qualification = qualification;
        Modules = qualification.ModulesInOrder();
        Today = clock.UkToday();
        FundingRequests = await LinkedFunding.RequestsAsync(db, ownerId, qualification.FundingRequestIds, ct);
        Agreements = await LinkedFunding.AgreementsAsync(db, ownerId, qualification.AgreementIds, ct);
        var logged = Modules.Where(m => m.CpdActivityId is not null).Select(m => m.CpdActivityId!.Value).ToList();
        LiveActivities = logged.Count == 0 ? new HashSet<Guid>()
            : (await db.Activities.OwnedBy(ownerId).Where(a => logged.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        Evidence = await EvidencePanel.LoadAsync(this, evidence, mapper, RecordKind.Qualification, id, ct);
        return Page();
    }
}
