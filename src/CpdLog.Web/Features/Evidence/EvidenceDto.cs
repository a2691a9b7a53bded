namespace CpdLog.Web.Features.Evidence;

using CpdLog.Core.Records;

public sealed record EvidenceDto
{
    public Guid Id { get; init; }

    public RecordKind RecordKind { get; init; }

    public Guid RecordId { get; init; }

    public string FileName { get; init; } = "";

    /// <summary>Detected from the content, not taken from the upload.</summary>
    public string ContentType { get; init; } = "";

    public long SizeBytes { get; init; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public string Sha256 { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}
