namespace CpdLog.IntegrationTests.Security;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Backup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// The backup drill, on whichever database the suite runs (SQLite, then PostgreSQL): back up while records and evidence
/// are being written, restore into a fresh place, and find every record and file of the snapshot, every hash equal.
/// </summary>
public sealed class BackupDrillTests(BackupAppFactory factory) : IClassFixture<BackupAppFactory>, IAsyncLifetime
{
    private readonly List<string> _cleanupFolders = [];
    private readonly List<string> _cleanupDatabases = [];

    public static Dictionary<string, string?> CertificateSettings(string certificatePath) => new()
    {
        ["DataProtection:CertificatePath"] = certificatePath,
        ["DataProtection:CertificatePassword"] = BackupAppFactory.CertificatePassword,
    };

    [Fact]
    public async Task Drill_BackupDuringWrites_RestoreIntoFreshPlace_EveryRecordAndFilePresent_HashesEqual()
    {
        const string email = "backup-drill@example.nhs.uk";
        var client = await factory.CreateApiClientAsync(email);
        var before = new List<(Guid Activity, string Sha256)>();
        for (var i = 0; i < 4; i++)
        {
            before.Add(await WriteRecordWithEvidenceAsync(client, "before " + i));
        }

        // Two writers keep going while the backup command runs (the real command, in its own process).
        var second = await factory.CreateApiClientAsync("backup-drill-2@example.nhs.uk");
        using var stop = new CancellationTokenSource();
        var completed = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        async Task<int> WriteUntilStoppedAsync(HttpClient writer, string name)
        {
            var written = 0;

            // 25 keeps each writer under the per-person upload limit (30 per 10 minutes).
            while (!stop.IsCancellationRequested && written < 25)
            {
                await WriteRecordWithEvidenceAsync(writer, $"{name} {written++}");
                completed.Enqueue(DateTimeOffset.UtcNow);
                await Task.Delay(50);
            }

            return written;
        }

        var writes = Task.WhenAll(Task.Run(() => WriteUntilStoppedAsync(client, "first")), Task.Run(() => WriteUntilStoppedAsync(second, "second")));
        await Task.Delay(200);
        var archive = Path.Combine(NewFolder(), "cpdlog.backup");
        var backupStarted = DateTimeOffset.UtcNow;
        var backup = await RunCommandAsync("--backup", archive, LiveEnvironment());
        var backupEnded = DateTimeOffset.UtcNow;
        await stop.CancelAsync();
        await writes;
        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Contains(completed, t => t > backupStarted && t < backupEnded);

        // The archive is encrypted: no evidence text, no SQLite header, no pg_dump signature in it.
        var archiveBytes = await File.ReadAllBytesAsync(archive);
        Assert.Equal("CPDLOGBK"u8.ToArray(), archiveBytes[..8]);
        Assert.Equal(-1, archiveBytes.AsSpan().IndexOf("Drill evidence"u8));
        Assert.Equal(-1, archiveBytes.AsSpan().IndexOf("SQLite format 3"u8));
        Assert.Equal(-1, archiveBytes.AsSpan().IndexOf("PGDMP"u8));

        // Restore (the real command) into a fresh data folder and a fresh empty database.
        var (restoredPath, restoredDb) = await FreshTargetAsync();
        var restore = await RunCommandAsync("--restore", archive, TargetEnvironment(restoredPath, restoredDb));
        Assert.True(restore.ExitCode == 0, restore.Output);

        // The live data now (a superset of the snapshot: writes went on after it).
        var live = await factory.WithDbAsync(async db => new
        {
            Activities = await db.Activities.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Title),
            Evidence = await db.EvidenceFiles.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Sha256),
        });

        await using var restored = new RestoredAppFactory(restoredPath, restoredDb, factory.CertificatePath);
        await restored.InitializeAsync();
        var restoredActivities = await restored.WithDbAsync(db => db.Activities.IgnoreQueryFilters().AsNoTracking().ToListAsync());
        var restoredEvidence = await restored.WithDbAsync(db => db.EvidenceFiles.IgnoreQueryFilters().AsNoTracking().ToListAsync());

        // Everything written before the backup is there; everything restored is exactly as it was live.
        Assert.All(before, b => Assert.Contains(restoredActivities, a => a.Id == b.Activity));
        Assert.All(restoredActivities, a => Assert.Equal(live.Activities[a.Id], a.Title));
        Assert.True(restoredEvidence.Count >= before.Count);
        Assert.All(restoredEvidence, e =>
        {
            Assert.Equal(live.Evidence[e.Id], e.Sha256);
            var bytes = File.ReadAllBytes(Path.Combine(restoredPath, "files", e.StorageKey[..2], e.StorageKey));
            Assert.Equal(e.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        });

        // The snapshot is consistent: every evidence row's activity was restored with it.
        Assert.All(restoredEvidence, e => Assert.Contains(restoredActivities, a => a.Id == e.RecordId));

        // The restored service works: the person signs in (key ring and password from the archive) and downloads their file.
        var restoredClient = restored.CreateClient();
        var login = await restoredClient.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        restoredClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var first = restoredEvidence.First(e => e.RecordId == before[0].Activity);
        var download = await restoredClient.GetByteArrayAsync($"/api/v1/evidence/{first.Id}/content");
        Assert.Equal(before[0].Sha256, Convert.ToHexStringLower(SHA256.HashData(download)));
    }

    [Fact]
    public async Task Restore_TamperedArchive_WrongKey_OrNonEmptyTarget_IsRefused_WithNothingWritten()
    {
        var client = await factory.CreateApiClientAsync("backup-refusals@example.nhs.uk");
        await WriteRecordWithEvidenceAsync(client, "refusal");
        var archive = Path.Combine(NewFolder(), "refusals.backup");
        var live = factory.Services.GetRequiredService<IConfiguration>();
        var result = await BackupCommands.BackupAsync(live, TimeProvider.System, archive, CancellationToken.None);
        Assert.True(result.EvidenceFiles >= 1);
        Assert.Empty(result.MissingEvidenceKeys);

        // A backup never overwrites a file.
        var overwrite = await Assert.ThrowsAsync<BackupException>(() => BackupCommands.BackupAsync(live, TimeProvider.System, archive, CancellationToken.None));
        Assert.Contains("already exists", overwrite.Message, StringComparison.Ordinal);

        // One flipped byte anywhere in the body (here: the middle) is refused.
        var tampered = archive + ".tampered";
        var bytes = await File.ReadAllBytesAsync(archive);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(tampered, bytes);
        await AssertRefusedAsync(tampered, Config, "damaged");

        // A cut-off archive is refused too.
        var truncated = archive + ".truncated";
        await File.WriteAllBytesAsync(truncated, (await File.ReadAllBytesAsync(archive))[..^40]);
        await AssertRefusedAsync(truncated, Config, "damaged");

        // The wrong certificate: refused before anything is unpacked.
        var otherCertificate = Path.Combine(NewFolder(), "other.pfx");
        BackupAppFactory.WriteCertificate(otherCertificate);
        await AssertRefusedAsync(archive, (path, db) => Config(path, db, otherCertificate), "Wrong key");

        // A passphrase archive with the wrong passphrase.
        var passphraseArchive = Path.Combine(NewFolder(), "passphrase.backup");
        var withPassphrase = new ConfigurationBuilder().AddConfiguration(live)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "", ["Backup:Passphrase"] = "correct horse battery staple" }).Build();
        await BackupCommands.BackupAsync(withPassphrase, TimeProvider.System, passphraseArchive, CancellationToken.None);
        await AssertRefusedAsync(passphraseArchive, (path, db) => Config(path, db, certificatePath: "", passphrase: "wrong horse battery staple"), "Wrong key");

        // Neither certificate nor passphrase: no backup at all.
        var noKey = new ConfigurationBuilder().AddConfiguration(live)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "" }).Build();
        var refused = await Assert.ThrowsAsync<BackupException>(() => BackupCommands.BackupAsync(noKey, TimeProvider.System, archive + ".nokey", CancellationToken.None));
        Assert.Contains("Backup:Passphrase", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(archive + ".nokey"));

        // The right passphrase opens it.
        var (okPath, okDb) = await FreshTargetAsync();
        var opened = await BackupCommands.RestoreAsync(Config(okPath, okDb, certificatePath: "", passphrase: "correct horse battery staple"), passphraseArchive, CancellationToken.None);
        Assert.True(opened.EvidenceFiles >= 1);

        // A data folder that is not empty (the one just restored) is refused.
        var notEmpty = await Assert.ThrowsAsync<BackupException>(() => BackupCommands.RestoreAsync(Config(okPath, NewDatabaseName()), archive, CancellationToken.None));
        Assert.Contains("not empty", notEmpty.Message, StringComparison.Ordinal);

        // A database that is not empty (the live one) is refused, with an empty data folder.
        if (CpdLogAppFactory.UsePostgres)
        {
            var (emptyPath, _) = await FreshTargetAsync();
            var liveDb = await Assert.ThrowsAsync<BackupException>(() => BackupCommands.RestoreAsync(Config(emptyPath, factory.PostgresDatabase), archive, CancellationToken.None));
            Assert.Contains("not empty", liveDb.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(emptyPath));
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _cleanupDatabases)
        {
            await CpdLogAppFactory.DropPostgresDatabaseAsync(database);
        }

        foreach (var folder in _cleanupFolders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task AssertRefusedAsync(string archive, Func<string, string, IConfiguration> config, string message)
    {
        var (path, database) = await FreshTargetAsync();
        var parent = Path.GetDirectoryName(path)!;
        var error = await Assert.ThrowsAsync<BackupException>(() => BackupCommands.RestoreAsync(config(path, database), archive, CancellationToken.None));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);

        // Nothing written: the data folder is still empty, no staging folder is left, the database has no tables.
        Assert.Empty(Directory.EnumerateFileSystemEntries(path));
        Assert.Equal([path], Directory.EnumerateFileSystemEntries(parent));
        if (CpdLogAppFactory.UsePostgres)
        {
            await using var connection = new Npgsql.NpgsqlConnection(CpdLogAppFactory.PostgresConnectionString(database));
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }
    }

    private IConfiguration Config(string dataPath, string database) => Config(dataPath, database, factory.CertificatePath);

    private static IConfiguration Config(string dataPath, string database, string certificatePath, string? passphrase = null)
        => new ConfigurationBuilder().AddInMemoryCollection(Settings(dataPath, database, certificatePath, passphrase)).Build();

    private static Dictionary<string, string?> Settings(string dataPath, string database, string certificatePath, string? passphrase = null)
    {
        var settings = CertificateSettings(certificatePath);
        settings["Storage:DataPath"] = dataPath;
        settings["Backup:Passphrase"] = passphrase;
        if (CpdLogAppFactory.UsePostgres)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Postgres"] = CpdLogAppFactory.PostgresConnectionString(database);
        }
        else
        {
            settings["Database:Provider"] = "Sqlite";
            settings["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(dataPath, "cpdlog.db")}";
        }

        return settings;
    }

    private Dictionary<string, string?> LiveEnvironment() => Environment(Settings(factory.DataPath, factory.PostgresDatabase, factory.CertificatePath));

    private Dictionary<string, string?> TargetEnvironment(string dataPath, string database) => Environment(Settings(dataPath, database, factory.CertificatePath));

    private static Dictionary<string, string?> Environment(Dictionary<string, string?> settings)
        => settings.Where(s => s.Value is not null).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <summary>A fresh empty data folder (inside a folder of its own) and, on PostgreSQL, a fresh empty database.</summary>
    private async Task<(string Path, string Database)> FreshTargetAsync()
    {
        var path = Path.Combine(NewFolder(), "data");
        Directory.CreateDirectory(path);
        var database = NewDatabaseName();
        if (CpdLogAppFactory.UsePostgres)
        {
            await CpdLogAppFactory.CreatePostgresDatabaseAsync(database);
            _cleanupDatabases.Add(database);
        }

        return (path, database);
    }

    private static string NewDatabaseName() => CpdLogAppFactory.NewPostgresDatabaseName();

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cpdlog-tests", "backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _cleanupFolders.Add(folder);
        return folder;
    }

    private static async Task<(Guid Activity, string Sha256)> WriteRecordWithEvidenceAsync(HttpClient client, string label)
    {
        var activityId = await CreateIdAsync(client, "activities", "Drill " + label);
        var bytes = Encoding.UTF8.GetBytes($"Drill evidence {label} {Guid.NewGuid()}\n");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var upload = await client.PostAsync("/api/v1/evidence", new MultipartFormDataContent
        {
            { new StringContent("Activity"), "recordKind" },
            { new StringContent(activityId.ToString()), "recordId" },
            { file, "file", label + ".txt" },
        });
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        return (activityId, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Runs the service's own command line (<c>dotnet CpdLog.Web.dll --backup FILE</c>) as an operator would, in Production.</summary>
    private static async Task<(int ExitCode, string Output)> RunCommandAsync(string command, string file, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CpdLog.Web.dll"));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(file);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
