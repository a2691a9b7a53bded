namespace CpdLog.Data;

using System.Data.Common;
using System.Globalization;
using CpdLog.Core.Compliance;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Per-user change numbers (<see cref="UserDataVersion"/>) and change logs (<see cref="UserDataChange"/>): every
/// <c>SaveChanges</c> that adds, changes or removes an entity with an <c>OwnerId</c> (every record type, registrations,
/// evidence, gap explanations, bin and restore, imports, sign-offs) raises each affected owner's number by one and
/// logs the owner's changed records under the new number, in the same transaction as the change. A change to a custom
/// body raises the <see cref="UserDataVersion.CustomBodiesKey"/> number; a new user gets a first number.
/// </summary>
public sealed partial class CpdLogDbContext
{
    /// <summary>Change-log entries kept per user: at least the last this-many saves (older ones are pruned).</summary>
    public const int ChangeLogKept = 256;

    /// <summary>Pruning runs on every this-many-th save of a user (one indexed delete).</summary>
    private const int PruneEvery = 64;

    private const string OwnerIdProperty = "OwnerId";

    public DbSet<UserDataVersion> UserDataVersions => Set<UserDataVersion>();

    public DbSet<UserDataChange> UserDataChanges => Set<UserDataChange>();

    /// <summary>
    /// Saves in one transaction with the owners' new numbers and change-log entries (our own transaction unless the
    /// caller has one). The numbering of new records (<see cref="SaveNumberedAsync"/>) joins the same transaction.
    /// </summary>
    private async Task<int> SaveStampedAsync(
        SortedDictionary<string, HashSet<(string Kind, Guid Id)>> changes, List<IReferencedRecord> unnumbered, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var logged = new List<UserDataChange>();
        try
        {
            await AdvanceStampsAsync(changes, logged, Database.CurrentTransaction!, ct);
            var saved = unnumbered.Count == 0
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct)
                : await SaveNumberedAsync(unnumbered, acceptAllChangesOnSuccess, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            return saved;
        }
        finally
        {
            // The entries are written (or rolled back with the save); a long-lived context must not keep them, and a
            // retried save logs afresh.
            foreach (var entry in logged)
            {
                Entry(entry).State = EntityState.Detached;
            }

            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Raises each key's number with one atomic statement (in key order, so concurrent savers never wait on each other
    /// in a cycle) and adds its change-log entries to this save.
    /// </summary>
    private async Task AdvanceStampsAsync(
        SortedDictionary<string, HashSet<(string Kind, Guid Id)>> changes, List<UserDataChange> logged, IDbContextTransaction transaction, CancellationToken ct)
    {
        var connection = Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        foreach (var (key, changed) in changes)
        {
            var stamp = await ExecuteScalarAsync(connection, dbTransaction,
                "UPDATE \"UserDataVersions\" SET \"Stamp\" = \"Stamp\" + 1 WHERE \"UserId\" = @key RETURNING \"Stamp\"", key, 0, ct);
            if (stamp is null)
            {
                // No row yet (a user created before the table, or in this very save): create it, then raise it.
                await ExecuteScalarAsync(connection, dbTransaction,
                    "INSERT INTO \"UserDataVersions\" (\"UserId\", \"Stamp\") VALUES (@key, 0) ON CONFLICT (\"UserId\") DO NOTHING", key, 0, ct);
                stamp = await ExecuteScalarAsync(connection, dbTransaction,
                    "UPDATE \"UserDataVersions\" SET \"Stamp\" = \"Stamp\" + 1 WHERE \"UserId\" = @key RETURNING \"Stamp\"", key, 0, ct);
            }

            var number = Convert.ToInt64(stamp, CultureInfo.InvariantCulture);
            SyncTracked(key, number);
            if (key == UserDataVersion.CustomBodiesKey)
            {
                continue; // holders re-judge from the definitions; no per-record log
            }

            List<UserDataChange> entries = changed.Count == 0
                ? [new UserDataChange { UserId = key, Stamp = number }]
                : [.. changed.Select(c => new UserDataChange { UserId = key, Stamp = number, Kind = c.Kind, EntityId = c.Id })];
            UserDataChanges.AddRange(entries);
            logged.AddRange(entries);
            if (number % PruneEvery == 0)
            {
                await ExecuteScalarAsync(connection, dbTransaction,
                    "DELETE FROM \"UserDataChanges\" WHERE \"UserId\" = @key AND \"Stamp\" <= @floor", key, number - ChangeLogKept, ct);
            }
        }
    }

    /// <summary>A version row this context tracks (rare: tests, seeding) follows the number just written.</summary>
    private void SyncTracked(string key, long number)
    {
        var tracked = UserDataVersions.Local.FirstOrDefault(v => v.UserId == key);
        if (tracked is null)
        {
            return;
        }

        var entry = Entry(tracked);
        if (entry.State == EntityState.Added)
        {
            entry.State = EntityState.Detached; // the row now exists; inserting it again would fail
            return;
        }

        tracked.Stamp = number;
        entry.Property(v => v.Stamp).OriginalValue = number;
        entry.State = EntityState.Unchanged;
    }

    private static async Task<object?> ExecuteScalarAsync(DbConnection connection, DbTransaction transaction, string sql, string key, long floor, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var keyParameter = command.CreateParameter();
        keyParameter.ParameterName = "@key";
        keyParameter.Value = key;
        command.Parameters.Add(keyParameter);
        if (sql.Contains("@floor", StringComparison.Ordinal))
        {
            var floorParameter = command.CreateParameter();
            floorParameter.ParameterName = "@floor";
            floorParameter.Value = floor;
            command.Parameters.Add(floorParameter);
        }

        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>
    /// The owners (and the custom-bodies key) whose data this save changes, each with the owned records it adds,
    /// changes or removes (by type name and id).
    /// </summary>
    private SortedDictionary<string, HashSet<(string Kind, Guid Id)>> ChangedOwners()
    {
        var changes = new SortedDictionary<string, HashSet<(string Kind, Guid Id)>>(StringComparer.Ordinal);
        HashSet<(string Kind, Guid Id)> For(string key) =>
            changes.TryGetValue(key, out var set) ? set : changes[key] = [];
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is UserDataVersion or UserDataChange)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case CustomBodyDefinition:
                    For(UserDataVersion.CustomBodiesKey);
                    continue;
                case CpdUser user when entry.State == EntityState.Added:
                    For(user.Id);
                    continue;
            }

            foreach (var owner in Owners(entry))
            {
                var set = For(owner);
                if (entry.Entity is OwnedRecord record)
                {
                    set.Add((entry.Metadata.ClrType.Name, record.Id));
                }
            }
        }

        return changes;
    }

    /// <summary>The entity's owner, and its previous owner when a change moves it.</summary>
    private static IEnumerable<string> Owners(EntityEntry entry)
    {
        if (entry.Metadata.FindProperty(OwnerIdProperty) is not { ClrType: var type } property || type != typeof(string))
        {
            yield break;
        }

        var owner = entry.Property(property.Name);
        if (owner.CurrentValue is string current && current.Length > 0)
        {
            yield return current;
        }

        if (entry.State == EntityState.Modified && owner.OriginalValue is string original && original.Length > 0 && original != owner.CurrentValue as string)
        {
            yield return original;
        }
    }
}
