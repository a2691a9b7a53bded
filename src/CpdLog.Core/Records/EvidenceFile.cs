namespace CpdLog.Core.Records;

/// <summary>A file attached to a record as evidence. The bytes live in the file store, outside the web root.</summary>
public sealed class EvidenceFile : OwnedRecord
{
    public RecordKind RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the exact bytes stored.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Key of the bytes in the file store (never a path a user chose).</summary>
    public string StorageKey { get; set; } = "";
}

public enum RecordKind
{
    Activity = 0,
    Reflection = 1,
    Feedback = 2,
    PracticeHours = 3,
    Discussion = 4,
    Confirmation = 5,
    Declaration = 6,
    FundingRequest = 7,
}
