namespace CpdLog.Core.Records;

/// <summary>An allowed evidence format, recognised from the bytes.</summary>
public sealed record EvidenceFormat(string ContentType, string Extension, string Name);
