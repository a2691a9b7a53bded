namespace CpdLog.Web.Features.Archive;

/// <summary>
/// Limits on an imported personal archive (<c>PersonalArchive:*</c>), on top of the request size limit
/// (<c>Limits:MaxRequestBodyBytes</c>) and the evidence size and quota limits (<c>Evidence:*</c>), which apply to every
/// file in it as to an upload.
/// </summary>
public sealed class PersonalArchiveOptions
{
    public const string Section = "PersonalArchive";

    /// <summary>Most entries an archive may hold; 20,000 by default.</summary>
    public int MaxEntries { get; set; } = 20_000;

    /// <summary>Most bytes the entries may expand to altogether; 1 GB by default (the evidence quota is checked as well).</summary>
    public long MaxUncompressedBytes { get; set; } = 1_000_000_000;

    /// <summary>Largest JSON entry (a record file or the manifest); 64 MB by default.</summary>
    public long MaxJsonEntryBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest ratio of an entry's expanded to compressed size (a zip bomb expands by thousands); 200 by default.</summary>
    public int MaxCompressionRatio { get; set; } = 200;
}
