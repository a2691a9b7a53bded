namespace CpdLog.Core.Records;

using System.IO.Compression;
using System.Text;

/// <summary>An allowed evidence format, recognised from the bytes.</summary>
public sealed record EvidenceFormat(string ContentType, string Extension, string Name);
