namespace CpdLog.Web.Infrastructure.Backup;

using System.Security.Cryptography;

/// <summary>
/// Base of the two one-way streams over an encrypted archive (<see cref="EncryptingStream"/> and
/// <see cref="DecryptingStream"/>): AES-GCM under the archive key with the header's SHA-256 as associated data, chunks
/// numbered in order, the last one under its own nonce (<see cref="ArchiveChunks.Nonce"/>); no seeking.
/// </summary>
public abstract class ArchiveChunkStream(ArchiveKey key) : Stream
{
    private readonly AesGcm _aes = new(key.Key, ArchiveChunks.TagSize);
    private readonly byte[] _associated = SHA256.HashData(key.Header);
    private long _index;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Seals the next chunk: <paramref name="plain"/> into <paramref name="cipher"/> and its <paramref name="tag"/>.</summary>
    protected void SealNext(ReadOnlySpan<byte> plain, Span<byte> cipher, Span<byte> tag, bool last)
    {
        _aes.Encrypt(ArchiveChunks.Nonce(_index, last), plain, cipher, tag, _associated);
        _index++;
    }

    /// <summary>
    /// Opens the next chunk into <paramref name="plain"/>; true when it is the last one. A chunk is either the last one
    /// or not: only one of the two nonces can open it. Throws <see cref="AuthenticationTagMismatchException"/> when
    /// neither does.
    /// </summary>
    protected bool OpenNext(ReadOnlySpan<byte> cipher, ReadOnlySpan<byte> tag, Span<byte> plain)
    {
        bool last;
        try
        {
            _aes.Decrypt(ArchiveChunks.Nonce(_index, last: false), cipher, tag, plain, _associated);
            last = false;
        }
        catch (AuthenticationTagMismatchException)
        {
            _aes.Decrypt(ArchiveChunks.Nonce(_index, last: true), cipher, tag, plain, _associated);
            last = true;
        }

        _index++;
        return last;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
        }

        base.Dispose(disposing);
    }
}
