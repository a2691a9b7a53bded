namespace CpdLog.Web.Features.Archive;

/// <summary>A record whose reference was taken here already, so it got the next free one (e.g. "A3" became "A12").</summary>
public sealed record RenumberedReference(string RecordType, string ArchiveReference, string NewReference);
