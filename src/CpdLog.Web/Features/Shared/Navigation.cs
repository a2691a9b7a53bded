namespace CpdLog.Web.Features.Shared;

using System.Security.Claims;
using CpdLog.Data;

public sealed record NavItem(string Text, string Href, string Prefix);

/// <summary>The header navigation, by role.</summary>
public static class Navigation
{
    public static IEnumerable<NavItem> For(ClaimsPrincipal user)
    {
        yield return new("Dashboard", "/Dashboard", "/Dashboard");
        yield return new("Registrations", "/Registrations", "/Registrations");
        yield return new("CPD log", "/Activities", "/Activities");
        yield return new("Records", "/Records", "/Records");
        yield return new("Plan", "/Plan", "/Plan");
        yield return new("Funding", "/Funding", "/Funding");
        yield return new("Portfolios", "/Portfolio", "/Portfolio");
        if (user.IsInRole(Roles.LineManager) || user.IsInRole(Roles.BudgetHolder))
        {
            yield return new("My team", "/Team", "/Team");
        }

        if (user.IsInRole(Roles.BudgetHolder) && !user.IsInRole(Roles.Admin))
        {
            yield return new("Budgets", "/FundingAdmin", "/FundingAdmin");
        }

        if (user.IsInRole(Roles.Admin))
        {
            yield return new("Admin", "/Admin", "/Admin");
        }
    }
}
