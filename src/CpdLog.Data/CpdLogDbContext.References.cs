namespace CpdLog.Data;

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Stable record references ("A17", "E3"): every new record of a referenced type gets the next number of its owner's
/// counter for that type, in the same transaction as the insert. The counter only grows, so a number is never given
/// twice, even after a record is binned or removed.
/// </summary>
public sealed partial class CpdLogDbContext
{
    public DbSet<RecordCounter> RecordCounters => Set<RecordCounter>();

    private List<IReferencedRecord> UnnumberedRecords() => ChangeTracker.Entries()
        .Where(e => e.State == EntityState.Added && e.Entity is IReferencedRecord { Number: 0 })
        .Select(e => (IReferencedRecord)e.Entity)
        .ToList();

    private async Task<int> SaveNumberedAsync(List<IReferencedRecord> unnumbered, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        // Our own transaction unless the caller has one: the counters and the records commit or roll back together.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            await NumberAsync(unnumbered, Database.CurrentTransaction!, ct);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            return saved;
        }
        catch
        {
            // The counters rolled back with the records: forget the numbers so a retry asks again.
            unnumbered.ForEach(r => r.Number = 0);
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Takes a block of numbers per (owner, type) with one atomic statement: the row lock (PostgreSQL) or the write
    /// lock (SQLite) serialises concurrent savers, so two transactions never read the same value.
    /// </summary>
    private async Task NumberAsync(List<IReferencedRecord> unnumbered, IDbContextTransaction transaction, CancellationToken ct)
    {
        var connection = Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var groups = unnumbered
            .GroupBy(r => (((OwnedRecord)r).OwnerId, Prefix: RecordReferences.PrefixFor(r.GetType())))
            .OrderBy(g => g.Key.OwnerId, StringComparer.Ordinal).ThenBy(g => g.Key.Prefix, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var (ownerId, prefix) = group.Key;
            await using (var insert = Command(connection, dbTransaction,
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") VALUES (@owner, @prefix, 0) " +
                "ON CONFLICT (\"OwnerId\", \"Prefix\") DO NOTHING", ownerId, prefix, 0))
            {
                await insert.ExecuteNonQueryAsync(ct);
            }

            var records = group.OrderBy(r => ((OwnedRecord)r).CreatedAt).ThenBy(r => ((OwnedRecord)r).Id).ToList();
            int last;
            await using (var update = Command(connection, dbTransaction,
                "UPDATE \"RecordCounters\" SET \"Last\" = \"Last\" + @count WHERE \"OwnerId\" = @owner AND \"Prefix\" = @prefix RETURNING \"Last\"",
                ownerId, prefix, records.Count))
            {
                last = Convert.ToInt32(await update.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            }

            var next = last - records.Count;
            foreach (var record in records)
            {
                record.Number = ++next;
            }
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, string ownerId, string prefix, int count)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command, "@owner", ownerId);
        Add(command, "@prefix", prefix);
        Add(command, "@count", count);
        return command;

        static void Add(DbCommand command, string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}
