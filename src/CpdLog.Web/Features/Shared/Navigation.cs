namespace CpdLog.Web.Features.Shared;

/// <summary>The header navigation, by role.</summary>
public static class Navigation
{
    public static IEnumerable<NavItem> For(ClaimsPrincipal user)
    {
        yield return new("Dashboard", "/Dashboard/Index", "/Dashboard");
        yield return new("Registrations", "/Registrations/Index", "/Registrations");
        yield return new("CPD log", "/Activities/Index", "/Activities");
        yield return new("Records", "/Records/Index", "/Records");
        yield return new("Plan", "/Plan/Index", "/Plan");
        yield return new("Funding", "/Funding/Index", "/Funding");
        yield return new("Portfolios", "/Portfolio/Index", "/Portfolio");
        if (user.IsInRole(Roles.LineManager) || user.IsInRole(Roles.BudgetHolder))
        {
            yield return new("My team", "/Team/Index", "/Team");
        }

        if (user.IsInRole(Roles.BudgetHolder) && !user.IsInRole(Roles.Admin))
        {
            yield return new("Budgets", "/FundingAdmin/Index", "/FundingAdmin");
        }

        if (user.IsInRole(Roles.Admin))
        {
            yield return new("Admin", "/Admin/Index", "/Admin");
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
        if (string.Equals(trimmed, item.Prefix, StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, item.Prefix + "/Index", StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }

        return trimmed.StartsWith(item.Prefix + "/", StringComparison.OrdinalIgnoreCase) ? "true" : null;
    }
}
