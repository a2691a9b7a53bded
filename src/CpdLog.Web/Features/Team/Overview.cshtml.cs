namespace CpdLog.Web.Features.Team;

using CpdLog.Core.Funding;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Spend and study leave by person and financial year; registrations and completed CPD hours (never reflections).</summary>
[Authorize(Policy = Policies.LineManager)]
public sealed class OverviewModel(FundingQueries queries, FundingService funding) : PageModel
{
    public FinancialYear Year { get; private set; }

    public List<TeamMemberYear> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? year)
    {
        Year = FinancialYear.TryParse(year, out var y) ? y : funding.CurrentYear;
        Rows = await queries.TeamAsync(User.UserId(), Year);
    }
}
