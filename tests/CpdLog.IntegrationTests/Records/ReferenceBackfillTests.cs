namespace CpdLog.IntegrationTests.Records;

using CpdLog.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

/// <summary>
/// The migration that introduced record references numbers the records that already exist: per owner and type, by
/// creation time then id, binned ones included, and starts each counter at the highest number given (SQLite; the
/// PostgreSQL suite runs the same SQL when it migrates).
/// </summary>
public sealed class ReferenceBackfillTests : IDisposable
{
    private const string Before = "20261123033301_CustomBodyRuleVersions";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cpdlog-backfill-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrate_ExistingRecords_AreNumberedByCreationThenId_AndCountersContinueFromThere()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
        }

        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await Exec(connection, "PRAGMA foreign_keys = OFF;");
            // Owner "a": three activities, the oldest created last in insert order; one of them is in the bin.
            await InsertActivity(connection, "00000000-0000-0000-0000-000000000003", "a", "Third", created: 300, deleted: true);
            await InsertActivity(connection, "00000000-0000-0000-0000-000000000002", "a", "Second (same time, lower id)", created: 200);
            await InsertActivity(connection, "00000000-0000-0000-0000-000000000009", "a", "Second b (same time, higher id)", created: 200);
            await InsertActivity(connection, "00000000-0000-0000-0000-000000000001", "a", "First", created: 100);
            await InsertActivity(connection, "00000000-0000-0000-0000-000000000005", "b", "Other owner", created: 50);
        }

        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            var numbers = await db.Activities.IgnoreQueryFilters().OrderBy(a => a.OwnerId).ThenBy(a => a.Number)
                .Select(a => new { a.OwnerId, a.Title, a.Number }).ToListAsync();
            Assert.Equal(
                ["a First 1", "a Second (same time, lower id) 2", "a Second b (same time, higher id) 3", "a Third 4", "b Other owner 1"],
                numbers.Select(n => $"{n.OwnerId} {n.Title} {n.Number}"));
            var counters = await db.RecordCounters.OrderBy(c => c.OwnerId).ToListAsync();
            Assert.Equal(["a A 4", "b A 1"], counters.Select(c => $"{c.OwnerId} {c.Prefix} {c.Last}"));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private CpdLogDbContext Context() => new(new DbContextOptionsBuilder<CpdLogDbContext>()
        .UseSqlite($"Data Source={_path}", o => o.MigrationsAssembly("CpdLog.Migrations.Sqlite"))
        .Options);

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task InsertActivity(SqliteConnection connection, string id, string owner, string title, long created, bool deleted = false)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO CpdActivities (Id, OwnerId, Title, StartDate, EndDate, Hours, ParticipatoryHours, Method, ActivityType, Status, " +
            "Description, RelevanceToPractice, LearningOutcomes, CodeThemes, Standards, IsVerifiable, IsEthics, Tags, CreatedAt, UpdatedAt, " +
            "DeletedAt, IsPrivate) VALUES (upper($id), $owner, $title, '2026-01-01', '2026-01-01', '1.0', '0.0', 0, 0, 1, '', '', '', 0, '', 0, 0, '', " +
            "$created, $created, $deleted, 0)";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$created", created);
        command.Parameters.AddWithValue("$deleted", deleted ? created + 1 : DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }
}
