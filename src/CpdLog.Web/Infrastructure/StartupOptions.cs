namespace CpdLog.Web.Infrastructure;

/// <summary>
/// Operator switches: <c>--migrate-only</c> applies migrations and exits; <c>--seed-demo</c> adds demo users;
/// <c>--backup FILE</c> and <c>--restore FILE</c> write or restore an encrypted archive and exit without migrating;
/// <c>--seed-scale USERS ACTIVITIES</c> migrates, fills an empty Development database for load tests and exits.
/// </summary>
public sealed record StartupOptions(bool MigrateOnly, bool SeedDemo, string? BackupFile = null, string? RestoreFile = null)
{
    /// <summary>Users and activities per user for <c>--seed-scale</c>; null when not asked for.</summary>
    public (int Users, int Activities)? SeedScale { get; init; }

    public bool IsBackupOrRestore => BackupFile is not null || RestoreFile is not null;

    public static StartupOptions Parse(string[] args, IConfiguration configuration)
    {
        var backup = Value(args, "--backup");
        var restore = Value(args, "--restore");
        if (backup is not null && restore is not null)
        {
            throw new ArgumentException("Use --backup FILE or --restore FILE, not both.");
        }

        return new(
            MigrateOnly: args.Contains("--migrate-only") || configuration.GetValue<bool>("Database:MigrateOnly"),
            SeedDemo: args.Contains("--seed-demo") || configuration.GetValue<bool>("Demo:Seed"),
            BackupFile: backup,
            RestoreFile: restore)
        {
            SeedScale = Scale(args),
        };
    }

    /// <summary><c>--seed-scale USERS ACTIVITIES</c> (1–1,000,000 users, 0–100,000 activities each), or null.</summary>
    private static (int Users, int Activities)? Scale(string[] args)
    {
        var at = Array.IndexOf(args, "--seed-scale");
        if (at < 0)
        {
            return null;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return at + 2 < args.Length
               && int.TryParse(args[at + 1], System.Globalization.NumberStyles.None, culture, out var users) && users is >= 1 and <= 1_000_000
               && int.TryParse(args[at + 2], System.Globalization.NumberStyles.None, culture, out var activities) && activities is >= 0 and <= 100_000
            ? (users, activities)
            : throw new ArgumentException("--seed-scale needs two numbers: --seed-scale USERS ACTIVITIES (1–1000000 users, 0–100000 activities each)");
    }

    /// <summary>The value of <c>--name FILE</c> or <c>--name=FILE</c>; a switch given without a file is refused.</summary>
    private static string? Value(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name)
            {
                return i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                    ? args[i + 1]
                    : throw new ArgumentException($"{name} needs a file name: {name} FILE");
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
