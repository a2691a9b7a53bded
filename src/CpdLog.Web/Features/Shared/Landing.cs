namespace CpdLog.Web.Features.Shared;

/// <summary>
/// Where a user lands after signing in (and at <c>/</c>): a line manager on their decision queue and team, an admin
/// on users and setup, everyone else on their own dashboard. A line manager who is also an admin lands on the queue
/// (decisions are waiting on them); every page of the others links to the rest (<see cref="Others"/>).
/// </summary>
public static class Landing
{
    public static readonly LandingView Dashboard = new("/Dashboard/Index", "Your CPD dashboard", "your registrations, progress and next actions");
    public static readonly LandingView Team = new("/Team/Index", "Your team", "funding decisions waiting for you, and your team's registrations");
    public static readonly LandingView Admin = new("/Admin/Index", "Users and setup", "accounts, professional bodies, budgets and audit logs");
    public static readonly LandingView Budgets = new("/FundingAdmin/Index", "Budgets", "study funding budgets and learning agreements");

    /// <summary>The start page for <paramref name="user"/>.</summary>
    public static string For(ClaimsPrincipal user) => Views(user)[0].Page;

    /// <summary>Every start page the user's roles give, the landing first.</summary>
    public static IReadOnlyList<LandingView> Views(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var views = new List<LandingView>();
        if (user.IsInRole(Roles.LineManager))
        {
            views.Add(Team);
        }

        if (user.IsInRole(Roles.Admin))
        {
            views.Add(Admin);
        }

        views.Add(Dashboard);
        if (user.IsInRole(Roles.BudgetHolder) && !user.IsInRole(Roles.Admin))
        {
            views.Add(Budgets);
        }

        return views;
    }

    /// <summary>The user's other start pages, for the "also" line on each of them; empty when they have only one.</summary>
    public static IReadOnlyList<LandingView> Others(ClaimsPrincipal user, string current) =>
        Views(user).Where(v => !string.Equals(v.Page, current, StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } others
            && Views(user).Count > 1
            ? others
            : [];
}
