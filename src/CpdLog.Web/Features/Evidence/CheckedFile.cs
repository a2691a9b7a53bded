namespace CpdLog.Web.Features.Evidence;

/// <summary>An upload that passed the checks: its bytes, the format judged from them, a safe file name and the SHA-256 (hex).</summary>
public sealed record CheckedFile(byte[] Bytes, EvidenceFormat Format, string FileName, string Sha256);
