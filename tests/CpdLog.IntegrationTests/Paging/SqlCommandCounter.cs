namespace CpdLog.IntegrationTests.Paging;

using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Counts the SQL commands EF Core runs for each request that carries <see cref="Header"/> (its value names the
/// count), so a test can compare one request with another. Background work and other requests are not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    public const string Header = "X-Test-Sql-Count";

    private readonly HttpContextAccessor _http = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new();

    public IReadOnlyList<string> CommandsOf(string name) => _commands.TryGetValue(name, out var list) ? [.. list] : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (_http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } name)
        {
            _commands.GetOrAdd(name, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
        }
    }
}
