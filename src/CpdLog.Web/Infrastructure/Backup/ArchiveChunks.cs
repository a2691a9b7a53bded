namespace CpdLog.Web.Infrastructure.Backup;

using System.Buffers.Binary;
using System.Security.Cryptography;

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

/// <summary>Write-only: seals what is written into chunks; <see cref="CompleteAsync"/> writes the last chunk.</summary>
public sealed class EncryptingStream(Stream inner, ArchiveKey key) : Stream
{
    private readonly AesGcm _aes = new(key.Key, ArchiveChunks.TagSize);
    private readonly byte[] _associated = SHA256.HashData(key.Header);
    private readonly byte[] _buffer = new byte[ArchiveChunks.ChunkSize];
    private int _filled;
    private long _index;
    private bool _completed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_completed;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        while (!buffer.IsEmpty)
        {
            if (_filled == _buffer.Length)
            {
                Seal(last: false);
            }

            var take = Math.Min(buffer.Length, _buffer.Length - _filled);
            buffer[..take].CopyTo(_buffer.AsSpan(_filled));
            _filled += take;
            buffer = buffer[take..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the last chunk (possibly empty) and flushes; nothing may be written after it.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        Seal(last: true);
        _completed = true;
        await inner.FlushAsync(ct);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Seal(bool last)
    {
        var cipher = new byte[_filled];
        var tag = new byte[ArchiveChunks.TagSize];
        _aes.Encrypt(ArchiveChunks.Nonce(_index, last), _buffer.AsSpan(0, _filled), cipher, tag, _associated);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, _filled);
        inner.Write(length);
        inner.Write(cipher);
        inner.Write(tag);
        _index++;
        _filled = 0;
    }
}

/// <summary>Read-only: opens and checks one chunk at a time; a chunk's bytes are released only after its tag checks.</summary>
public sealed class DecryptingStream(Stream inner, ArchiveKey key) : Stream
{
    private readonly AesGcm _aes = new(key.Key, ArchiveChunks.TagSize);
    private readonly byte[] _associated = SHA256.HashData(key.Header);
    private byte[] _plain = [];
    private int _offset;
    private long _index;
    private bool _sawLast;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_offset == _plain.Length)
        {
            if (_sawLast)
            {
                return 0;
            }

            Open();
        }

        var take = Math.Min(buffer.Length, _plain.Length - _offset);
        _plain.AsSpan(_offset, take).CopyTo(buffer);
        _offset += take;
        return take;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer, offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    /// <summary>Reads to the last chunk and checks nothing follows it (a truncated or extended archive is refused).</summary>
    public void ReadToEndAndCheck()
    {
        var sink = new byte[81920];
        while (Read(sink) > 0)
        {
        }

        if (inner.ReadByte() != -1)
        {
            throw Damaged();
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
        }

        base.Dispose(disposing);
    }

    private static BackupException Damaged(Exception? inner = null) => new(
        "The backup archive is damaged or was altered (a chunk failed its integrity check). Nothing was restored.",
        inner ?? new InvalidDataException());

    private void Open()
    {
        Span<byte> lengthBytes = stackalloc byte[4];
        try
        {
            inner.ReadExactly(lengthBytes);
            var length = BinaryPrimitives.ReadInt32BigEndian(lengthBytes);
            if (length is < 0 or > ArchiveChunks.ChunkSize)
            {
                throw Damaged();
            }

            var cipher = new byte[length];
            var tag = new byte[ArchiveChunks.TagSize];
            inner.ReadExactly(cipher);
            inner.ReadExactly(tag);
            var plain = new byte[length];

            // A chunk is either the last one or not; only one of the two nonces can open it.
            try
            {
                _aes.Decrypt(ArchiveChunks.Nonce(_index, last: false), cipher, tag, plain, _associated);
            }
            catch (AuthenticationTagMismatchException)
            {
                _aes.Decrypt(ArchiveChunks.Nonce(_index, last: true), cipher, tag, plain, _associated);
                _sawLast = true;
            }

            _plain = plain;
            _offset = 0;
            _index++;
        }
        catch (Exception e) when (e is EndOfStreamException or AuthenticationTagMismatchException or CryptographicException)
        {
            throw Damaged(e);
        }
    }
}
