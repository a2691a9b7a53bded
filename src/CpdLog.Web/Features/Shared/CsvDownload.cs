namespace CpdLog.Web.Features.Shared;

/// <summary>The pages' CSV downloads (audit logs, leaver statements): UTF-8 with a byte order mark, so Excel reads "£" and accents.</summary>
public static class CsvDownload
{
    public static FileContentResult File(string csv, string fileName) =>
        new(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv") { FileDownloadName = fileName };
}
