namespace CpdLog.Web.Infrastructure.Backup;

using System.Diagnostics;
using Npgsql;

/// <summary>
/// Runs <c>pg_dump</c>, <c>pg_restore</c> and <c>psql</c> against the configured PostgreSQL connection string. The tools
/// come from <c>Backup:PgBinPath</c>, else the PATH, else the newest <c>/usr/lib/postgresql/*/bin</c>; the password is
/// passed in <c>PGPASSWORD</c>, never on the command line.
/// </summary>
public static class PgTools
{
    public static async Task RunAsync(IConfiguration configuration, string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres")
            ?? throw new BackupException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set."));
        var start = new ProcessStartInfo(Find(configuration, tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--host=" + (connection.Host ?? "localhost"));
        start.ArgumentList.Add("--port=" + connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(connection.Username))
        {
            start.ArgumentList.Add("--username=" + connection.Username);
        }

        start.ArgumentList.Add("--no-password");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGDATABASE"] = connection.Database ?? "postgres";
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {(await stderr).Trim()} {(await stdout).Trim()}".Trim());
        }
    }

    /// <summary>The database named by the connection string (pg_dump/pg_restore use <c>PGDATABASE</c>).</summary>
    public static string Database(IConfiguration configuration)
        => new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres")).Database ?? "postgres";

    private static string Find(IConfiguration configuration, string tool)
    {
        var configured = configuration["Backup:PgBinPath"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.Combine(configured, tool);
            return File.Exists(path) ? path : throw new BackupException($"{tool} is not in Backup:PgBinPath ({configured}).");
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(folder, tool);
            if (File.Exists(path))
            {
                return path;
            }
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Path: Path.Combine(d, "bin", tool)))
                .Where(c => File.Exists(c.Path))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Path)
                .FirstOrDefault()
            : null;
        return installed ?? throw new BackupException(
            $"{tool} was not found: install the PostgreSQL client tools (the same major version as the server or newer) or set Backup:PgBinPath.");
    }
}
