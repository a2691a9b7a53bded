namespace CpdLog.Web.Infrastructure.Backup;

using System.Buffers.Binary;

/// <summary>Write-only: seals what is written into chunks; <see cref="CompleteAsync"/> writes the last chunk.</summary>
public sealed class EncryptingStream(Stream inner, ArchiveKey key) : ArchiveChunkStream(key)
{
    private readonly byte[] _buffer = new byte[ArchiveChunks.ChunkSize];
    private int _filled;
    private bool _completed;

    public override bool CanRead => false;

    public override bool CanWrite => !_completed;

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

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Seal(bool last)
    {
        var cipher = new byte[_filled];
        var tag = new byte[ArchiveChunks.TagSize];
        SealNext(_buffer.AsSpan(0, _filled), cipher, tag, last);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, _filled);
        inner.Write(length);
        inner.Write(cipher);
        inner.Write(tag);
        _filled = 0;
    }
}
