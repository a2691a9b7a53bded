namespace CpdLog.Core.Records;

/// <summary>A file attached to a record as evidence. The bytes live in the file store, outside the web root.</summary>
public sealed class EvidenceFile : OwnedRecord, IReferencedRecord
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public RecordKind RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the exact bytes stored.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Key of the bytes in the file store (never a path a user chose).</summary>
    public string StorageKey { get; set; } = "";

    /// <summary>A brief description for the evidence list (HCPC part 4), e.g. "Certificate of attendance".</summary>
    public string Description { get; set; } = "";

    /// <summary>Number of pages, when the user gives it (HCPC part 4 asks for pages or format).</summary>
    public int? Pages { get; set; }

    /// <summary>The standards the evidence supports, e.g. "1, 2, 3" for HCPC standards 1 to 3.</summary>
    public string Standards { get; set; } = "";
}
