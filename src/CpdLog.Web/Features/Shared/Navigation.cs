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

    /// <summary>
    /// The <c>aria-current</c> value of <paramref name="item"/> on the page at <paramref name="path"/>: "page" on the
    /// section's own start page, "true" anywhere else inside the section (whole path segments, so /FundingAdmin is not
    /// inside /Funding), null outside it.
    /// </summary>
    public static string? AriaCurrent(NavItem item, string path)
    {
        ArgumentNullException.ThrowIfNull(item);
        var trimmed = path.TrimEnd('/');
        if (string.Equals(trimmed, item.Href, StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, item.Href + "/Index", StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }

        return trimmed.StartsWith(item.Prefix + "/", StringComparison.OrdinalIgnoreCase) ? "true" : null;
    }
}
