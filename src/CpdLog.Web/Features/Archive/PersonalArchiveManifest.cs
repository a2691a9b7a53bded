namespace CpdLog.Web.Features.Archive;

using CpdLog.Web.Infrastructure.Archives;

/// <summary>
/// <c>manifest.json</c> of a personal archive: the format and its version, when and by which CpdLog version it was
/// exported, and the path, size and SHA-256 of every other entry (schema: <c>docs/archive/manifest.schema.json</c>).
/// </summary>
public sealed record PersonalArchiveManifest(
    string Format,
    int FormatVersion,
    DateTimeOffset ExportedAt,
    string ServiceVersion,
    IReadOnlyList<string> RecordTypes,
    IReadOnlyList<ArchiveManifestEntry> Entries);
