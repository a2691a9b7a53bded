namespace CpdLog.IntegrationTests.Security;

using System.Security.Cryptography;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Backup;
using Microsoft.Extensions.Configuration;

/// <summary>The archive body across chunk boundaries, and the command-line switches (no app needed).</summary>
public sealed class BackupArchiveFormatTests
{
    private static readonly IConfiguration Passphrase = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Backup:Passphrase"] = "format test passphrase" }).Build();

    [Fact]
    public async Task Chunks_RoundTripAcrossBoundaries_AndReorderedDroppedOrAppendedChunksAreRefused()
    {
        var plain = RandomNumberGenerator.GetBytes((ArchiveChunks.ChunkSize * 2) + 12345);
        var key = ArchiveKey.Create(Passphrase);
        using var archive = new MemoryStream();
        await archive.WriteAsync(key.Header);
        await using (var encrypting = new EncryptingStream(archive, key))
        {
            await encrypting.WriteAsync(plain.AsMemory(0, 1000));
            await encrypting.WriteAsync(plain.AsMemory(1000));
            await encrypting.CompleteAsync(CancellationToken.None);
        }

        var bytes = archive.ToArray();
        Assert.Equal(plain, Decrypt(bytes));

        var chunk = 4 + ArchiveChunks.ChunkSize + ArchiveChunks.TagSize;
        var h = key.Header.Length;
        Assert.Equal(h + (2 * chunk) + 4 + 12345 + ArchiveChunks.TagSize, bytes.Length);

        // The first two chunks swapped.
        var swapped = (byte[])bytes.Clone();
        Array.Copy(bytes, h, swapped, h + chunk, chunk);
        Array.Copy(bytes, h + chunk, swapped, h, chunk);
        Assert.Contains("damaged", Assert.Throws<BackupException>(() => Decrypt(swapped)).Message, StringComparison.Ordinal);

        // The last chunk dropped: the archive ends without its last-chunk flag.
        Assert.Contains("damaged", Assert.Throws<BackupException>(() => Decrypt(bytes[..(h + (2 * chunk))])).Message, StringComparison.Ordinal);

        // Anything after the last chunk.
        Assert.Contains("damaged", Assert.Throws<BackupException>(() => Decrypt([.. bytes, 0])).Message, StringComparison.Ordinal);

        // An altered header (the salt) changes the key: reported as the wrong key, nothing decrypted.
        var header = (byte[])bytes.Clone();
        header[15] ^= 0x80;
        Assert.Contains("Wrong key", Assert.Throws<BackupException>(() => Decrypt(header)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupOptions_ReadBackupAndRestoreFiles_AndRefuseAmbiguity()
    {
        var empty = new ConfigurationBuilder().Build();
        Assert.Equal("/b/x.backup", StartupOptions.Parse(["--backup", "/b/x.backup"], empty).BackupFile);
        Assert.Equal("/b/y.backup", StartupOptions.Parse(["--restore=/b/y.backup"], empty).RestoreFile);
        Assert.False(StartupOptions.Parse(["--seed-demo"], empty).IsBackupOrRestore);
        Assert.Throws<ArgumentException>(() => StartupOptions.Parse(["--backup"], empty));
        Assert.Throws<ArgumentException>(() => StartupOptions.Parse(["--backup", "--seed-demo"], empty));
        Assert.Throws<ArgumentException>(() => StartupOptions.Parse(["--backup", "a", "--restore", "b"], empty));
    }

    private static byte[] Decrypt(byte[] archive)
    {
        using var input = new MemoryStream(archive);
        var key = ArchiveKey.Read(input, Passphrase);
        using var decrypting = new DecryptingStream(input, key);
        using var output = new MemoryStream();
        decrypting.CopyTo(output);
        decrypting.ReadToEndAndCheck();
        return output.ToArray();
    }
}
