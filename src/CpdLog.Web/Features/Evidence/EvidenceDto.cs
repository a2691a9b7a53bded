namespace CpdLog.Web.Features.Evidence;

public sealed record EvidenceDto
{
    public Guid Id { get; init; }

    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public RecordKind RecordKind { get; init; }

    public Guid RecordId { get; init; }

    public string FileName { get; init; } = "";

    /// <summary>Detected from the content, not taken from the upload.</summary>
    public string ContentType { get; init; } = "";

    public long SizeBytes { get; init; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>A brief description for the evidence list (HCPC part 4).</summary>
    public string Description { get; init; } = "";

    /// <summary>Number of pages, when given.</summary>
    public int? Pages { get; init; }

    /// <summary>The standards the file supports, e.g. "1, 2, 4".</summary>
    public string Standards { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}
