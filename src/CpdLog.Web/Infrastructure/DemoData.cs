namespace CpdLog.Web.Infrastructure;

/// <summary>
/// Demo users of each role with realistic records (<c>--seed-demo</c>). Runs once: a second start finds the demo
/// manager and does nothing.
/// </summary>
public sealed class DemoData(
    CpdLogDbContext db,
    CpdUserManager users,
    IEnumerable<IDemoDataContributor> contributors,
    ILogger<DemoData> logger)
{
    public const string Password = "Demo-Password-2026";

    public const string ManagerEmail = "manager@demo.cpdlog.local";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(u => u.Email == ManagerEmail, ct))
        {
            return;
        }

        logger.LogWarning("Seeding demo data. Every demo account's password is {Password}: never use --seed-demo on a live service.", Password);
        var lineManager = await CreateAsync("line.manager@demo.cpdlog.local", "Siân Morgan", "Head of Finance", null, "FIN-100", Roles.LineManager);
        var budgetHolder = await CreateAsync("budget.holder@demo.cpdlog.local", "Łukasz Nowak", "Deputy Director of Finance", null, "FIN-100", Roles.BudgetHolder);
        var manager = await CreateAsync(ManagerEmail, "Zoë Adeyemi", "Finance Business Partner (RN)", lineManager.Id, "FIN-100");
        var second = await CreateAsync("analyst@demo.cpdlog.local", "Priya Shah", "Senior Informatics Analyst", lineManager.Id, "FIN-100");
        var admin = await CreateAsync("admin@demo.cpdlog.local", "Alex Admin", "Workforce Systems Administrator", null, null, Roles.Admin);

        var demo = new DemoUsers(manager, second, lineManager, budgetHolder, admin);
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(demo, ct);
        }
    }

    private async Task<CpdUser> CreateAsync(string email, string name, string jobTitle, string? lineManagerId, string? costCentre, params string[] roles)
    {
        var user = new CpdUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            JobTitle = jobTitle,
            LineManagerId = lineManagerId,
            CostCentre = costCentre,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user;
    }
}
