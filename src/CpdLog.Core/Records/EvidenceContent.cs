namespace CpdLog.Core.Records;

using System.IO.Compression;
using System.Text;

/// <summary>An allowed evidence format, recognised from the bytes.</summary>
public sealed record EvidenceFormat(string ContentType, string Extension, string Name);

/// <summary>
/// Recognises evidence files from their content (magic bytes), never from the name or the browser's content type:
/// PDF, PNG, JPEG, Word and Excel (Office Open XML zips) and plain UTF-8 text. Anything else is refused.
/// </summary>
public static class EvidenceContent
{
    public static readonly EvidenceFormat Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly EvidenceFormat Png = new("image/png", ".png", "PNG image");
    public static readonly EvidenceFormat Jpeg = new("image/jpeg", ".jpg", "JPEG image");
    public static readonly EvidenceFormat Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word document");
    public static readonly EvidenceFormat Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel spreadsheet");
    public static readonly EvidenceFormat Text = new("text/plain", ".txt", "Plain text");

    public const string AllowedDescription = "a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain text file";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The format of <paramref name="content"/>, or null when it is not one we accept.</summary>
    public static EvidenceFormat? Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var span = content.AsSpan();
        if (span.StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (span.StartsWith(PngMagic))
        {
            return Png;
        }

        if (span.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (span.StartsWith(ZipMagic))
        {
            // Any zip starts like this; only an Office document with its main part is accepted.
            return DetectOfficeDocument(content);
        }

        return IsPlainText(span) ? Text : null;
    }

    private static EvidenceFormat? DetectOfficeDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Valid UTF-8 with no control characters other than tab, line feed, form feed and carriage return.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> span)
    {
        if (span.StartsWith(Utf8Bom))
        {
            span = span[Utf8Bom.Length..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
    }
}
