namespace CpdLog.Web.Infrastructure;

/// <summary>
/// Operator switches: <c>--migrate-only</c> applies migrations and exits; <c>--seed-demo</c> adds demo users;
/// <c>--backup FILE</c> and <c>--restore FILE</c> write or restore an encrypted archive and exit without migrating.
/// </summary>
public sealed record StartupOptions(bool MigrateOnly, bool SeedDemo, string? BackupFile = null, string? RestoreFile = null)
{
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
            RestoreFile: restore);
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
