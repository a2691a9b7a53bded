namespace CpdLog.Web.Infrastructure.Archives;

using System.Security.Cryptography;

/// <summary>Streams an archive entry once, hashing it on the way: what a manifest records and what a reader checks.</summary>
public static class ArchiveEntryHashing
{
    private const int BufferSize = 81920;

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/> (null: only hash it) and returns its manifest
    /// entry; throws <see cref="ArchiveEntryTooLargeException"/> as soon as more than <paramref name="maxBytes"/> arrive.
    /// </summary>
    public static async Task<ArchiveManifestEntry> CopyAsync(Stream source, Stream? destination, string path, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            size += read;
            if (size > maxBytes)
            {
                throw new ArchiveEntryTooLargeException(path, maxBytes);
            }

            hash.AppendData(buffer, 0, read);
            if (destination is not null)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        return new ArchiveManifestEntry(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The manifest entry of a file on disk.</summary>
    public static async Task<ArchiveManifestEntry> OfFileAsync(string file, string path, CancellationToken ct)
    {
        await using var read = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return await CopyAsync(read, null, path, long.MaxValue, ct);
    }
}
