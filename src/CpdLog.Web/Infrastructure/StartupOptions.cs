namespace CpdLog.Web.Infrastructure;

/// <summary>Operator switches: <c>--migrate-only</c> applies migrations and exits; <c>--seed-demo</c> adds demo users.</summary>
public sealed record StartupOptions(bool MigrateOnly, bool SeedDemo)
{
    public static StartupOptions Parse(string[] args, IConfiguration configuration) => new(
        MigrateOnly: args.Contains("--migrate-only") || configuration.GetValue<bool>("Database:MigrateOnly"),
        SeedDemo: args.Contains("--seed-demo") || configuration.GetValue<bool>("Demo:Seed"));
}
