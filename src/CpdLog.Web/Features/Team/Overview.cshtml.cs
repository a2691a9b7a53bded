namespace CpdLog.Web.Features.Team;

using CpdLog.Web.Features.Funding;
using CpdLog.Web.Features.Registrations;

/// <summary>
/// Spend and study leave by person and financial year, and whether each report is on track with their registrations:
/// status only (the one status scale: met / on track / at risk / not met / not due / warning, and the deadline), never the records or reflections behind it.
/// </summary>
[Authorize(Policy = Policies.LineManager)]
public sealed class OverviewModel(FundingQueries queries, FundingCalendar calendar) : PageModel
{
    public FinancialYear Year { get; private set; }

    public List<TeamMemberYear> Rows { get; } = [];

    public Dictionary<string, IReadOnlyList<RegistrationStatus>> Registrations { get; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(string? year)
    {
        Year = FinancialYear.TryParse(year, out var y) ? y : calendar.CurrentYear;
        var team = (await queries.TeamOverviewAsync(User.UserId(), Year, HttpContext.RequestAborted)).ToShownPage(PageRequest.ParseOrFirst(Request.Query));
        Pager = Pager.For(Request, team, "person", "people");
        foreach (var row in team)
        {
            Rows.Add(row.Member);
            Registrations[row.Member.Person.Id] = row.Registrations;
        }
    }
}
