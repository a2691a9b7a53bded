namespace CpdLog.Web.Infrastructure.Backup;

using System.Data;
using System.Formats.Tar;
using System.Text.Json;
using CpdLog.Web.Infrastructure.Archives;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// <c>--backup FILE</c> and <c>--restore FILE</c>: one encrypted archive holding a consistent database snapshot (SQLite
/// online backup, or <c>pg_dump</c> of an exported snapshot), the evidence files that snapshot refers to and a manifest
/// of SHA-256s. Both run before migrations and exit; restore only fills an empty data folder / empty database, and
/// only after every hash has been checked. The archive format is described in docs/security.md.
/// </summary>
public static class BackupCommands
{
    private const string SqliteEntry = "database/cpdlog.db";
    private const string PostgresEntry = "database/cpdlog.dump";
    private const string FilesPrefix = "files/";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The command-line entry: runs the requested command, prints the outcome, returns the exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, StartupOptions startup)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var clock = services.GetRequiredService<TimeProvider>();
        try
        {
            if (startup.BackupFile is { } backup)
            {
                var result = await BackupAsync(configuration, clock, backup, CancellationToken.None);
                Console.WriteLine($"Backed up the database (last migration {result.LastMigration ?? "none"}) and {result.EvidenceFiles} evidence file(s) to {result.File} ({result.ArchiveBytes} bytes, encrypted).");
                foreach (var key in result.MissingEvidenceKeys)
                {
                    await Console.Error.WriteLineAsync($"Warning: evidence file {key} is referenced by the database but missing from the data folder; it is listed as missing in the manifest.");
                }
            }
            else if (startup.RestoreFile is { } restore)
            {
                var result = await RestoreAsync(configuration, restore, CancellationToken.None);
                Console.WriteLine($"Restored the {result.Provider} database (last migration {result.LastMigration ?? "none"}) and {result.EvidenceFiles} evidence file(s); every SHA-256 matched. Start CpdLog normally to apply any newer migrations.");
            }

            return 0;
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync((startup.BackupFile is null ? "Restore refused: " : "Backup failed: ") + e.Message);
            return 1;
        }
    }

    public static async Task<BackupResult> BackupAsync(IConfiguration configuration, TimeProvider clock, string file, CancellationToken ct)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new BackupException($"{target} already exists; choose a new file name (a backup never overwrites a file).");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupException($"The folder {folder} does not exist.");
        }

        var key = ArchiveKey.Create(configuration);
        var work = Path.Combine(folder, $".{Path.GetFileName(target)}.work-{Guid.NewGuid():N}");
        var partial = work + ".partial";
        PrivateFiles.EnsureFolder(work);
        try
        {
            var postgres = IsPostgres(configuration);
            var snapshot = postgres
                ? await PostgresSnapshotAsync(configuration, Path.Combine(work, "cpdlog.dump"), ct)
                : await SqliteSnapshotAsync(configuration, Path.Combine(work, "cpdlog.db"), ct);
            var entries = new List<ArchiveManifestEntry>();
            var missing = new List<string>();
            var filesRoot = Path.Combine(DataPath(configuration), "files");
            await using (var output = new FileStream(partial, PrivateFiles.NewFile()))
            {
                await using var encrypting = new EncryptingStream(output, key);
                await output.WriteAsync(key.Header, ct);
                await using (var tar = new TarWriter(encrypting, TarEntryFormat.Pax, leaveOpen: true))
                {
                    entries.Add(await AddFileAsync(tar, snapshot.Path, postgres ? PostgresEntry : SqliteEntry, ct));
                    foreach (var evidenceKey in snapshot.EvidenceKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                    {
                        var path = EvidencePath(filesRoot, evidenceKey);
                        if (path is null || !File.Exists(path))
                        {
                            missing.Add(evidenceKey);
                            continue;
                        }

                        entries.Add(await AddFileAsync(tar, path, FilesPrefix + evidenceKey, ct));
                    }

                    var manifest = new BackupManifest(BackupManifest.FormatName, 1, clock.GetUtcNow(), postgres ? "Postgres" : "Sqlite",
                        postgres ? "pg_dump-custom" : "sqlite", snapshot.LastMigration, entries, missing);
                    var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, Json);
                    var manifestEntry = new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.EntryName) { DataStream = new MemoryStream(manifestBytes) };
                    await tar.WriteEntryAsync(manifestEntry, ct);
                }

                await encrypting.CompleteAsync(ct);
                await output.FlushAsync(ct);
                output.Flush(flushToDisk: true);
            }

            File.Move(partial, target);
            return new BackupResult(target, new FileInfo(target).Length, entries.Count - 1, missing, snapshot.LastMigration);
        }
        finally
        {
            File.Delete(partial);
            Directory.Delete(work, recursive: true);
        }
    }

    public static async Task<RestoreResult> RestoreAsync(IConfiguration configuration, string file, CancellationToken ct)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupException($"{source} does not exist.");
        }

        var postgres = IsPostgres(configuration);
        var dataPath = DataPath(configuration);
        var sqlitePath = postgres ? null : SqlitePath(configuration);
        await EnsureEmptyTargetAsync(configuration, dataPath, sqlitePath, ct);

        // Staging lives inside the data folder, so committing is a rename on the same volume (the folder may be a mount).
        PrivateFiles.EnsureFolder(dataPath);
        var stagingName = $".restore-{Guid.NewGuid():N}";
        var staging = Path.Combine(dataPath, stagingName);
        try
        {
            var (manifest, databaseFile, evidenceCount) = await UnpackAndVerifyAsync(configuration, source, staging, dataPath, sqlitePath, postgres, ct);

            // Everything is verified; check the target is still empty (but for the staging folder), then commit.
            await EnsureEmptyTargetAsync(configuration, dataPath, sqlitePath, ct, stagingName);
            if (postgres)
            {
                await PgTools.RunAsync(configuration, "pg_restore",
                    ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", "--dbname=" + PgTools.Database(configuration), databaseFile], ct);
                File.Delete(databaseFile);
            }
            else if (!IsInside(sqlitePath!, dataPath))
            {
                File.Move(databaseFile, sqlitePath!);
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(staging).ToList())
            {
                var destination = Path.Combine(dataPath, Path.GetFileName(entry));
                if (Directory.Exists(entry))
                {
                    Directory.Move(entry, destination);
                }
                else
                {
                    File.Move(entry, destination);
                }
            }

            return new RestoreResult(manifest.Provider, evidenceCount, manifest.LastMigration);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<(BackupManifest Manifest, string DatabaseFile, int EvidenceFiles)> UnpackAndVerifyAsync(
        IConfiguration configuration, string source, string staging, string dataPath, string? sqlitePath, bool postgres, CancellationToken ct)
    {
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var key = ArchiveKey.Read(input, configuration);
        PrivateFiles.EnsureFolder(staging);
        var databaseFile = postgres
            ? Path.Combine(staging, "cpdlog.dump")
            : IsInside(sqlitePath!, dataPath) ? Path.Combine(staging, Path.GetRelativePath(dataPath, sqlitePath!)) : Path.Combine(staging, ".restore-database");
        var found = new Dictionary<string, ArchiveManifestEntry>(StringComparer.Ordinal);
        BackupManifest? manifest = null;
        await using var decrypting = new DecryptingStream(input, key);
        try
        {
            await using var tar = new TarReader(decrypting, leaveOpen: true);
            while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                if (entry.EntryType != TarEntryType.RegularFile || entry.DataStream is null || !ArchivePaths.IsSafe(entry.Name))
                {
                    throw new BackupException($"The backup archive holds an unexpected entry ({entry.Name}).");
                }

                if (entry.Name == BackupManifest.EntryName)
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(entry.DataStream, Json, ct);
                    continue;
                }

                var destination = entry.Name switch
                {
                    SqliteEntry when !postgres => databaseFile,
                    PostgresEntry when postgres => databaseFile,
                    SqliteEntry or PostgresEntry => throw new BackupException(
                        $"This archive holds a {(entry.Name == SqliteEntry ? "SQLite" : "PostgreSQL")} database but Database:Provider is {(postgres ? "Postgres" : "Sqlite")}; restore it with the same provider."),
                    _ when entry.Name.StartsWith(FilesPrefix, StringComparison.Ordinal)
                        => EvidencePath(Path.Combine(staging, "files"), entry.Name[FilesPrefix.Length..])
                            ?? throw new BackupException($"The backup archive holds an unexpected entry ({entry.Name})."),
                    _ => throw new BackupException($"The backup archive holds an unexpected entry ({entry.Name})."),
                };
                if (found.ContainsKey(entry.Name))
                {
                    throw new BackupException($"The backup archive holds {entry.Name} twice.");
                }

                found[entry.Name] = await ExtractAsync(entry.DataStream, entry.Name, destination, ct);
            }

            decrypting.ReadToEndAndCheck();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or JsonException or EndOfStreamException)
        {
            throw new BackupException("The backup archive is damaged (its contents cannot be read). Nothing was restored.", e);
        }

        if (manifest is null || manifest.Format != BackupManifest.FormatName)
        {
            throw new BackupException("The backup archive has no manifest. Nothing was restored.");
        }

        if (ArchiveManifestCheck.FirstDifference(manifest.Entries, found) is { } different)
        {
            throw new BackupException(manifest.Entries.Any(e => e.Path == different)
                ? $"{different} is missing from the archive or its SHA-256 differs from the manifest. Nothing was restored."
                : "The backup archive's contents do not match its manifest. Nothing was restored.");
        }

        if (!manifest.Entries.Any(e => e.Path is SqliteEntry or PostgresEntry))
        {
            throw new BackupException("The backup archive's contents do not match its manifest. Nothing was restored.");
        }

        return (manifest, databaseFile, manifest.Entries.Count - 1);
    }

    private static async Task<ArchiveManifestEntry> ExtractAsync(Stream data, string name, string destination, CancellationToken ct)
    {
        PrivateFiles.EnsureFolder(Path.GetDirectoryName(destination)!);
        await using var output = new FileStream(destination, PrivateFiles.NewFile());
        return await ArchiveEntryHashing.CopyAsync(data, output, name, long.MaxValue, ct);
    }

    private static async Task<ArchiveManifestEntry> AddFileAsync(TarWriter tar, string path, string name, CancellationToken ct)
    {
        // Hash first, then copy: database snapshots are private temporary files and evidence files never change.
        var entry = await ArchiveEntryHashing.OfFileAsync(path, name, ct);
        await using var data = File.OpenRead(path);
        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = data }, ct);
        return entry;
    }

    private sealed record Snapshot(string Path, IReadOnlyList<string> EvidenceKeys, string? LastMigration);

    /// <summary>SQLite's online backup API: a page-consistent copy taken while the service keeps writing; keys are read from the copy.</summary>
    private static async Task<Snapshot> SqliteSnapshotAsync(IConfiguration configuration, string destination, CancellationToken ct)
    {
        var livePath = SqlitePath(configuration);
        if (!File.Exists(livePath))
        {
            throw new BackupException($"There is no SQLite database at {livePath}.");
        }

        var live = new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(configuration)) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using (var source = new SqliteConnection(live.ToString()))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString()))
        {
            await source.OpenAsync(ct);
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
        }

        PrivateFiles.Restrict(destination);
        await using var snapshot = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await snapshot.OpenAsync(ct);
        return new Snapshot(destination, await EvidenceKeysAsync(snapshot, ct), await LastMigrationAsync(snapshot, ct));
    }

    /// <summary>
    /// A repeatable-read transaction exports its snapshot; <c>pg_dump --snapshot</c> dumps exactly that snapshot and the
    /// evidence keys are read in the same transaction, so the files archived are the ones the dump refers to.
    /// </summary>
    private static async Task<Snapshot> PostgresSnapshotAsync(IConfiguration configuration, string destination, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Postgres"));
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        string snapshotId;
        await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
        {
            snapshotId = (string)(await export.ExecuteScalarAsync(ct))!;
        }

        var keys = await EvidenceKeysAsync(connection, ct, transaction);
        var lastMigration = await LastMigrationAsync(connection, ct, transaction);
        await PgTools.RunAsync(configuration, "pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", "--snapshot=" + snapshotId, "--file=" + destination, "--dbname=" + PgTools.Database(configuration)], ct);
        await transaction.CommitAsync(ct);
        PrivateFiles.Restrict(destination);
        return new Snapshot(destination, keys, lastMigration);
    }

    private static async Task<IReadOnlyList<string>> EvidenceKeysAsync(System.Data.Common.DbConnection connection, CancellationToken ct, System.Data.Common.DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT \"StorageKey\" FROM \"EvidenceFiles\"";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static async Task<string?> LastMigrationAsync(System.Data.Common.DbConnection connection, CancellationToken ct, System.Data.Common.DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"";
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private static async Task EnsureEmptyTargetAsync(IConfiguration configuration, string dataPath, string? sqlitePath, CancellationToken ct, string? staging = null)
    {
        if (Directory.Exists(dataPath) && Directory.EnumerateFileSystemEntries(dataPath).Any(e => Path.GetFileName(e) != staging))
        {
            throw new BackupException($"The data folder {dataPath} is not empty: restore only into an empty data folder (Storage:DataPath). Nothing was restored.");
        }

        if (sqlitePath is not null && File.Exists(sqlitePath) && new FileInfo(sqlitePath).Length > 0)
        {
            throw new BackupException($"The SQLite database {sqlitePath} already exists: restore only into an empty place. Nothing was restored.");
        }

        if (sqlitePath is null)
        {
            await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Postgres"));
            try
            {
                await connection.OpenAsync(ct);
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
            {
                throw new BackupException($"Cannot connect to the PostgreSQL database (create an empty database first): {e.Message}", e);
            }

            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'",
                connection);
            if ((long)(await command.ExecuteScalarAsync(ct))! > 0)
            {
                throw new BackupException($"The PostgreSQL database {connection.Database} is not empty: restore only into an empty database. Nothing was restored.");
            }
        }
    }

    private static bool IsPostgres(IConfiguration configuration)
        => configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.Postgres;

    private static string DataPath(IConfiguration configuration) => Path.GetFullPath(configuration["Storage:DataPath"] ?? "data");

    private static string SqlitePath(IConfiguration configuration)
        => Path.GetFullPath(new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(configuration)).DataSource);

    private static bool IsInside(string path, string folder)
        => !Path.GetRelativePath(folder, path).StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(Path.GetRelativePath(folder, path));

    /// <summary>Where the file store keeps a key (<c>files/ab/abcdef…</c>), or null for a key that could escape the folder.</summary>
    private static string? EvidencePath(string filesRoot, string key)
        => key.Length >= 2 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? Path.Combine(filesRoot, key[..2], key) : null;
}
