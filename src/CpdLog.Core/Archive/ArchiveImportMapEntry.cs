namespace CpdLog.Core.Archive;

/// <summary>
/// One record brought in from a personal archive: which of the owner's archive ids became which new id. The map is per
/// owner and only ever looked up by the owner, so importing the same archive again skips what is already here, and an
/// id in an archive can never name (or touch) a row of anyone else: archive ids are never used as database keys.
/// </summary>
public sealed class ArchiveImportMapEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Identity user id of the person who imported the archive.</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>The archive's record type, e.g. "activities", "evidence" or "funding-requests".</summary>
    public string RecordType { get; set; } = "";

    /// <summary>The record's id in the archive (the source instance's id).</summary>
    public Guid ArchiveId { get; set; }

    /// <summary>The id the record was given here.</summary>
    public Guid NewId { get; set; }

    /// <summary>
    /// True for a confirmation or discussion that was signed electronically on the source instance: shown here as
    /// "imported, not verified here", since this instance holds no record of the signature.
    /// </summary>
    public bool SignedElsewhere { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
