namespace CpdLog.Core.Records;

using System.IO.Compression;
using System.Text;

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

    /// <summary>Most parts an accepted Office document may have.</summary>
    public const int MaxZipEntries = 2000;

    /// <summary>Most bytes an accepted Office document may expand to, counted while decompressing (not trusted from headers).</summary>
    public const long MaxExpandedBytes = 200L * 1024 * 1024;

    /// <summary>Largest overall expansion (expanded ÷ file size) accepted; real documents are well under 20.</summary>
    public const int MaxExpansionRatio = 100;

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>
    /// A zip is accepted only as a Word or Excel document: its <c>[Content_Types].xml</c> must declare the main part of a
    /// macro-free document and that part must exist; a macro project (<c>vbaProject.bin</c>), encrypted or unreadable
    /// entries, too many entries, or expansion past <see cref="MaxExpandedBytes"/> or <see cref="MaxExpansionRatio"/> (a
    /// zip bomb) refuse it. Every entry is decompressed to count what it really holds. Plain archives are refused.
    /// </summary>
    private static EvidenceFormat? DetectOfficeDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return null;
            }

            var limit = Math.Min(MaxExpandedBytes, (long)content.Length * MaxExpansionRatio);
            long expanded = 0;
            var buffer = new byte[81920];
            string? contentTypes = null;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                using var stream = entry.Open();
                using var kept = entry.FullName == "[Content_Types].xml" ? new MemoryStream() : null;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    expanded += read;
                    if (expanded > limit)
                    {
                        return null;
                    }

                    kept?.Write(buffer, 0, read);
                }

                if (kept is not null)
                {
                    contentTypes = Encoding.UTF8.GetString(kept.ToArray());
                }
            }

            if (contentTypes is null)
            {
                return null;
            }

            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("word/document.xml") && contentTypes.Contains(WordMain, StringComparison.Ordinal) ? Docx
                : names.Contains("xl/workbook.xml") && contentTypes.Contains(ExcelMain, StringComparison.Ordinal) ? Xlsx
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
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
