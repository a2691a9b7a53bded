namespace CpdLog.Web.Features.Evidence;

public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Largest file accepted, in bytes (<c>Evidence:MaxBytes</c>); 10 MB by default.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Storage one person may use for evidence, binned files included (<c>Evidence:QuotaBytesPerUser</c>); 500 MB by default.</summary>
    public long QuotaBytesPerUser { get; set; } = 500L * 1024 * 1024;

    /// <summary>Uploads one person may make per <see cref="UploadWindowSeconds"/> (<c>Evidence:UploadPermitLimit</c>); 30 by default.</summary>
    public int UploadPermitLimit { get; set; } = 30;

    public int UploadWindowSeconds { get; set; } = 600;
}
