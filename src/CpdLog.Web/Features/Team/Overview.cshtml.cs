namespace CpdLog.Web.Features.Team;

using CpdLog.Core.Funding;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Spend and study leave by person and financial year, and whether each report is on track with their registrations:
/// status only (the one status scale: met / on track / at risk / not met / not due / warning, and the deadline), never the records or reflections behind it.
/// </summary>
[Authorize(Policy = Policies.LineManager)]
public sealed class OverviewModel(FundingQueries queries, FundingService funding) : PageModel
{
    public FinancialYear Year { get; private set; }

    public List<TeamMemberYear> Rows { get; } = [];

    public Dictionary<string, IReadOnlyList<RegistrationStatus>> Registrations { get; } = [];

    public async Task OnGetAsync(string? year)
    {
        Year = FinancialYear.TryParse(year, out var y) ? y : funding.CurrentYear;
        foreach (var row in await queries.TeamOverviewAsync(User.UserId(), Year, HttpContext.RequestAborted))
        {
            Rows.Add(row.Member);
            Registrations[row.Member.Person.Id] = row.Registrations;
        }
    }
}
