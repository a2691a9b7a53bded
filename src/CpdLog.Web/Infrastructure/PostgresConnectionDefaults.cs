namespace CpdLog.Web.Infrastructure;

using System.Data.Common;
using Npgsql;

/// <summary>
/// The Npgsql settings CpdLog runs best with, added to the configured connection string unless it sets them itself:
/// <list type="bullet">
/// <item><c>Max Auto Prepare=64</c>, <c>Auto Prepare Min Usages=2</c>: the hot queries (the disabled-account check, the
/// compliance stamps, the CPD log page) are prepared once per pooled connection, so PostgreSQL stops parsing and
/// planning them on every request.</item>
/// <item><c>No Reset On Close=true</c>: a pooled connection is not reset (<c>DISCARD ALL</c>) each time EF Core returns
/// it. CpdLog never changes session state (no <c>SET</c>, temporary tables or session locks), so there is nothing to reset.</item>
/// </list>
/// Measured in docs/benchmarks.md ("Round trips on PostgreSQL").
/// </summary>
public static class PostgresConnectionDefaults
{
    private static readonly (string Key, object Value)[] Defaults =
    [
        ("Max Auto Prepare", 64),
        ("Auto Prepare Min Usages", 2),
        ("No Reset On Close", true),
    ];

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(Normalise).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (key, value) in Defaults)
        {
            if (!keys.Contains(Normalise(key)))
            {
                builder[key] = value;
            }
        }

        return builder.ConnectionString;
    }

    private static string Normalise(string key) => key.Replace(" ", "", StringComparison.Ordinal);
}
