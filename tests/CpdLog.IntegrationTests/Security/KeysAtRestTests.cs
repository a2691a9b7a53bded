namespace CpdLog.IntegrationTests.Security;

using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>A copy of the database alone gives away neither the key ring nor anyone's second factor; files are private.</summary>
public sealed class KeysAtRestTests(ProtectedKeysAppFactory factory) : IClassFixture<ProtectedKeysAppFactory>
{
    [Fact]
    public async Task KeyRingAndAuthenticatorSecrets_AreEncryptedInTheDatabase()
    {
        var client = await factory.CreateApiClientAsync("at-rest@example.nhs.uk");
        var twoFactor = await (await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { resetRecoveryCodes = true })).Content.ReadFromJsonAsync<JsonElement>();
        var key = twoFactor.GetProperty("sharedKey").GetString()!;
        var recoveryCode = twoFactor.GetProperty("recoveryCodes")[0].GetString()!;

        var keyRing = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        var userId = await factory.UserIdAsync("at-rest@example.nhs.uk");
        var secrets = await factory.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == userId).Select(t => t.Value).ToListAsync());

        Assert.NotEmpty(keyRing);
        Assert.All(keyRing, xml =>
        {
            Assert.Contains("encryptedSecret", xml!, StringComparison.Ordinal);
            Assert.Contains("EncryptedXmlDecryptor", xml!, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml!, StringComparison.Ordinal);
        });
        Assert.Equal(2, secrets.Count);
        Assert.All(secrets, s => Assert.StartsWith("dp1:", s));
        Assert.DoesNotContain(secrets, s => s!.Contains(key, StringComparison.Ordinal) || s.Contains(recoveryCode, StringComparison.Ordinal));

        // The app still reads them: the same key comes back.
        var again = await (await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(key, again.GetProperty("sharedKey").GetString());
        Assert.Equal(10, again.GetProperty("recoveryCodesLeft").GetInt32());
    }

    [Fact]
    public void DataFolderAndDatabase_AreReadableByTheServiceAccountOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _ = factory.Server;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(factory.DataPath));
        if (!CpdLogAppFactory.UsePostgres)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(factory.DataPath, "cpdlog.db")));
        }
    }

    [Fact]
    public async Task EvidenceFiles_AreCreatedReadableByTheServiceAccountOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Path.Combine(factory.DataPath, "store-test");
        var config = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(new Microsoft.Extensions.Configuration.ConfigurationBuilder(),
            new Dictionary<string, string?> { ["Storage:DataPath"] = root }).Build();
        var store = new CpdLog.Web.Infrastructure.LocalFileStore(config);

        await store.SaveAsync("abcdef0123", new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, "files", "ab", "abcdef0123")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(root, "files", "ab")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(root, "files")));
    }
}
