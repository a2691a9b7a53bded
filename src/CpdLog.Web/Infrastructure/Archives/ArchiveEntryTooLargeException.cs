namespace CpdLog.Web.Infrastructure.Archives;

/// <summary>An archive entry held more bytes than the reader allows (or than its header or manifest said).</summary>
public sealed class ArchiveEntryTooLargeException(string path, long maxBytes)
    : IOException($"{path} is larger than the {maxBytes:N0} bytes allowed.")
{
    public string Path => path;
}
