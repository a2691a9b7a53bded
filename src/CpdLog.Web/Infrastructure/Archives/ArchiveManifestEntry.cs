namespace CpdLog.Web.Infrastructure.Archives;

/// <summary>
/// One entry an archive's manifest vouches for: its path inside the archive, its size in bytes and the lower-case hex
/// SHA-256 of its bytes. Shared by the service backup (<c>--backup</c>) and the personal archive.
/// </summary>
public sealed record ArchiveManifestEntry(string Path, long Size, string Sha256);
