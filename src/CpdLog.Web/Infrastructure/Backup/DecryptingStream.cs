namespace CpdLog.Web.Infrastructure.Backup;

using System.Buffers.Binary;
using System.Security.Cryptography;

/// <summary>Read-only: opens and checks one chunk at a time; a chunk's bytes are released only after its tag checks.</summary>
public sealed class DecryptingStream(Stream inner, ArchiveKey key) : ArchiveChunkStream(key)
{
    private byte[] _plain = [];
    private int _offset;
    private bool _sawLast;

    public override bool CanRead => true;

    public override bool CanWrite => false;

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

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

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

            if (OpenNext(cipher, tag, plain))
            {
                _sawLast = true;
            }

            _plain = plain;
            _offset = 0;
        }
        catch (Exception e) when (e is EndOfStreamException or AuthenticationTagMismatchException or CryptographicException)
        {
            throw Damaged(e);
        }
    }
}
