namespace CpdLog.Web.Infrastructure.Backup;

using System.Buffers.Binary;

/// <summary>
/// The archive body: chunks of at most 1 MiB of plaintext, each <c>[u32 length][ciphertext][16-byte tag]</c> sealed with
/// AES-256-GCM. The nonce is the chunk number (8 bytes, big-endian) with a last-chunk flag in its first byte, and the
/// associated data is the SHA-256 of the header, so chunks cannot be reordered, dropped, cut off or moved to another
/// archive unnoticed; nothing may follow the last chunk.
/// </summary>
public static class ArchiveChunks
{
    public const int ChunkSize = 1 << 20;
    public const int TagSize = 16;

    public static byte[] Nonce(long index, bool last)
    {
        var nonce = new byte[12];
        nonce[0] = last ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), index);
        return nonce;
    }
}
