namespace CpdLog.Web.Features.Funding;

public sealed class IndexModel(CpdLogDbContext db, FundingCalendar calendar, FundingBudgets budgets, FundingAgreements agreements) : PageModel
{
    public List<FundingRequest> Requests { get; private set; } = [];

    /// <summary>The requests on this page of the "your requests" table.</summary>
    public IReadOnlyList<FundingRequest> RequestsShown { get; private set; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    public StudyLeaveBalance Leave { get; private set; } = default!;

    public BudgetPosition? Budget { get; private set; }

    /// <summary>What the account lacks before a request can be submitted.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    public List<(FundingRequest Request, AgreementAcceptance Acceptance, RepaymentQuote Quote)> Agreements { get; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        Requests = await db.FundingRequests.Where(r => r.RequesterId == userId).OrderByDescending(r => r.StartDate).ThenBy(r => r.Id).ToListAsync();
        var shown = Requests.ToShownPage(PageRequest.ParseOrFirst(Request.Query));
        RequestsShown = shown;
        Pager = Pager.For(Request, shown, "request", "requests");
        Leave = await budgets.LeaveBalanceAsync(userId, calendar.CurrentYear, HttpContext.RequestAborted);
        var account = await db.Users.Where(u => u.Id == userId).Select(u => new { u.CostCentre, u.LineManagerId }).SingleAsync();
        var costCentre = account.CostCentre;
        Missing = FundingReadiness.Missing(account.CostCentre, account.LineManagerId);
        Budget = costCentre is null ? null : await budgets.BudgetPositionAsync(costCentre, calendar.CurrentYear, HttpContext.RequestAborted);
        var acceptances = await db.AgreementAcceptances.Where(a => a.AcceptedById == userId).ToListAsync();
        foreach (var acceptance in acceptances.GroupBy(a => a.FundingRequestId).Select(g => g.OrderByDescending(a => a.AcceptedAt).First()))
        {
            var request = Requests.SingleOrDefault(r => r.Id == acceptance.FundingRequestId);
            if (request is { ApprovedAmount: not null })
            {
                Agreements.Add((request, acceptance, await agreements.RepayableAsync(acceptance, calendar.Today, LeavingReason.Resignation, HttpContext.RequestAborted)));
            }
        }
    }
}
