namespace CpdLog.Portfolio.Rendering;

/// <summary>
/// Passes writes straight through and counts bytes itself. Skia's managed stream asks the target for
/// <see cref="Stream.Position"/> to compute xref offsets; a non-seekable stream (an HTTP response, a pipe) throws
/// there, inside a native callback, which ends the process. Counting here lets Skia stream to any writable stream.
/// It can also keep a copy of what is written from a point on (<see cref="StartRecording"/>), which is how
/// <see cref="PdfOutline"/> reads the end of Skia's file without seeking.
/// </summary>
internal sealed class ForwardOnlyOutput(Stream inner) : Stream
{
    private long _written;
    private MemoryStream? _recording;

    /// <summary>File offset of the first recorded byte.</summary>
    public long RecordingStart { get; private set; }

    /// <summary>What has been written since <see cref="StartRecording"/>.</summary>
    public ReadOnlySpan<byte> Recorded => _recording is null ? [] : _recording.GetBuffer().AsSpan(0, (int)_recording.Length);

    public void StartRecording()
    {
        _recording = new MemoryStream();
        RecordingStart = _written;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _recording?.Dispose();
        }

        base.Dispose(disposing);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        _recording?.Write(buffer, offset, count);
        _written += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _recording?.Write(buffer);
        _written += buffer.Length;
    }
}
