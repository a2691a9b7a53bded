namespace CpdLog.Web.Infrastructure;

public static class DatabaseSetup
{
    public static IServiceCollection AddCpdDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        // Pooled: every request (and the account check in front of it) uses a context, and a pooled one skips building
        // the context's internal services each time. The context holds no state of its own beyond what the pool resets.
        services.AddDbContextPool<CpdLogDbContext>(options =>
        {
            switch (provider)
            {
                case DatabaseProvider.Postgres:
                    var pg = configuration.GetConnectionString("Postgres")
                        ?? throw new InvalidOperationException(
                            "Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
                    options.UseNpgsql(PostgresConnectionDefaults.Apply(pg), o => o.MigrationsAssembly("CpdLog.Migrations.Postgres"));
                    break;
                default:
                    options.UseSqlite(SqliteConnectionString(configuration),
                        o => o.MigrationsAssembly("CpdLog.Migrations.Sqlite"));
                    break;
            }
        });
        return services;
    }

    /// <summary>The configured SQLite connection string, or a file under <c>Storage:DataPath</c> (created if missing).</summary>
    public static string SqliteConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var dataPath = Path.GetFullPath(configuration["Storage:DataPath"] ?? "data");
        PrivateFiles.EnsureFolder(dataPath);
        return $"Data Source={Path.Combine(dataPath, "cpdlog.db")}";
    }

    /// <summary>The data folder 0700; the SQLite database and its journal files 0600 (SQLite gives new journals the database's mode).</summary>
    private static void RestrictDataFiles(IConfiguration configuration, CpdLogDbContext db)
    {
        PrivateFiles.EnsureFolder(Path.GetFullPath(configuration["Storage:DataPath"] ?? "data"));
        if (db.IsSqlite && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file
            && file != ":memory:")
        {
            var full = Path.GetFullPath(file);
            PrivateFiles.Restrict(full, full + "-wal", full + "-shm", full + "-journal");
        }
    }

    /// <summary>Applies pending migrations (never EnsureCreated), creates roles and, on request, demo data.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, StartupOptions startup)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdLogDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<CpdLogDbContext>>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync();
        RestrictDataFiles(scope.ServiceProvider.GetRequiredService<IConfiguration>(), db);
        await IdentitySetup.EnsureRolesAsync(scope.ServiceProvider);
        await IdentitySetup.EnsureBootstrapAdminAsync(scope.ServiceProvider);
        if (startup.SeedDemo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }
    }
}
