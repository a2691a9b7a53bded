namespace CpdLog.BrowserTests.Accessibility;

using CpdLog.IntegrationTests.Security;
using CpdLog.Web.Infrastructure;

/// <summary>
/// A kind of user the accessibility suite visits the site as: a demo account (null for anonymous) and the
/// authorisation-matrix access levels whose pages that account reaches.
/// </summary>
public sealed record BrowserRole(string Name, string? Email, IReadOnlySet<Access> Reaches)
{
    public static readonly BrowserRole Anonymous = new("anonymous", null, new HashSet<Access> { Access.Anonymous });

    public static readonly BrowserRole Manager = new("manager", DemoData.ManagerEmail, new HashSet<Access> { Access.User });

    public static readonly BrowserRole LineManager = new("line manager", "line.manager@demo.cpdlog.local", new HashSet<Access> { Access.User, Access.LineManager });

    public static readonly BrowserRole BudgetHolder = new("budget holder", "budget.holder@demo.cpdlog.local", new HashSet<Access> { Access.User, Access.BudgetHolder, Access.AdminOrBudgetHolder });

    public static readonly BrowserRole Admin = new("admin", "admin@demo.cpdlog.local", new HashSet<Access> { Access.User, Access.Admin, Access.AdminOrBudgetHolder });

    /// <summary>Every role, in the order the suite visits them (the manager, whose records fill the pages with ids, last).</summary>
    public static readonly IReadOnlyList<BrowserRole> All = [Anonymous, Admin, BudgetHolder, LineManager, Manager];

    public static BrowserRole Named(string name) => All.Single(r => r.Name == name);

    public override string ToString() => Name;
}
