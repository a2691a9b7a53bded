namespace CpdLog.Web.Features.Activities.Spreadsheet;

using CsvHelper;
using CsvHelper.Configuration;

/// <summary>
/// Reads a CPD log CSV with CsvHelper's parser. The file as a whole must be UTF-8 text (a byte order mark is optional)
/// with a heading row the template's columns can be found in (any case, in any order); otherwise it is refused with a
/// message that says what to do. Each data row becomes an <see cref="ActivityInput"/>, with a message for every cell
/// that cannot be read; blank rows are skipped but still counted, so row numbers are the ones the spreadsheet shows.
/// </summary>
public static class ActivityCsvReader
{
    private const string SaveAsCsv = "In Excel, choose File, Save As and ‘CSV UTF-8 (Comma delimited) (*.csv)’, then choose that file";

    /// <summary>The start of an old Excel .xls workbook (OLE compound file).</summary>
    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0];

    private static readonly byte[] Utf16LittleEndian = [0xFF, 0xFE];

    private static readonly byte[] Utf16BigEndian = [0xFE, 0xFF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ActivityCsvFile Read(ReadOnlySpan<byte> bytes, int maxRows)
    {
        if (Decode(bytes) is not { } text)
        {
            return ActivityCsvFile.Refused(EncodingProblem(bytes));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ActivityCsvFile.Refused("The file is empty. Download the template, add your activities and choose it again");
        }

        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            BadDataFound = _ => badData = true,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        if (!parser.Read() || parser.Record is not { } headingCells)
        {
            return ActivityCsvFile.Refused("The file is empty. Download the template, add your activities and choose it again");
        }

        var (columns, problem) = Headings(headingCells);
        if (problem is not null)
        {
            return ActivityCsvFile.Refused(problem);
        }

        var rows = new List<ActivityCsvRow>();
        var rowNumber = 1;
        while (true)
        {
            badData = false;
            if (!parser.Read())
            {
                break;
            }

            rowNumber++;
            var cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == maxRows)
            {
                return ActivityCsvFile.Refused($"The file has more than {UkFormat.Count(maxRows, "activity", "activities")}. Split it into smaller files and import each");
            }

            rows.Add(Row(rowNumber, cells, columns, badData));
        }

        return rows.Count == 0
            ? ActivityCsvFile.Refused("The file has the column headings but no activities. Add one activity on each row below the headings")
            : new ActivityCsvFile(rows, null);
    }

    private static ActivityCsvRow Row(int rowNumber, string[] cells, IReadOnlyList<ActivityCsvColumn?> columns, bool badData)
    {
        var input = new ActivityInput();
        var reference = "";
        var errors = new List<ActivityImportError>();
        if (badData)
        {
            errors.Add(new(rowNumber, "", "", "Check the quote marks in this row: a cell with a quote mark in it must start and end with a quote mark, and each quote mark inside it must be doubled"));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var cell = ActivityCsvCells.Unescape(cells[i]);
            var column = i < columns.Count ? columns[i] : null;
            if (column is null)
            {
                if (!string.IsNullOrWhiteSpace(cell))
                {
                    errors.Add(new(rowNumber, "", "", $"Column {Letter(i)} has no heading: give it one of the template’s headings, or empty the column"));
                }

                continue;
            }

            if (column.Heading == ActivityCsvColumns.ReferenceHeading)
            {
                reference = cell.Trim();
            }
            else if (column.Read?.Invoke(cell, input) is { } message)
            {
                errors.Add(new(rowNumber, column.Heading, FieldErrorMapper.JsonName(column.Field), message));
            }
        }

        return new ActivityCsvRow(rowNumber, reference, input, errors);
    }

    /// <summary>The column of each heading cell (null for an empty heading), or why the heading row cannot be used.</summary>
    private static (IReadOnlyList<ActivityCsvColumn?> Columns, string? Problem) Headings(string[] cells)
    {
        var columns = new List<ActivityCsvColumn?>();
        var unknown = new List<string>();
        foreach (var (cell, i) in cells.Select((c, i) => (ActivityCsvCells.Unescape(c).Trim(), i)))
        {
            var column = ActivityCsvColumns.Find(cell);
            if (column is null && cell.Length > 0)
            {
                unknown.Add($"‘{Shorten(cell)}’ (column {Letter(i)})");
            }

            if (column is not null && columns.Contains(column))
            {
                return ([], $"The heading ‘{column.Heading}’ is in the first row twice. Keep one column for it");
            }

            columns.Add(column);
        }

        var template = string.Join(", ", ActivityCsvColumns.Headings);
        if (columns.All(c => c is null))
        {
            return ([], $"The first row must be the column headings of the template ({template}). Download the template and copy your activities into it");
        }

        if (unknown.Count > 0)
        {
            return ([], $"The first row has headings CpdLog does not know: {string.Join(", ", unknown)}. Use the template’s headings ({template}) or remove those columns");
        }

        var missing = ActivityCsvColumns.All.Where(c => c.Required && !columns.Contains(c)).Select(c => $"‘{c.Heading}’").ToList();
        return missing.Count > 0
            ? ([], $"The file has no {string.Join(", ", missing)} {(missing.Count == 1 ? "column" : "columns")}. Add {(missing.Count == 1 ? "it" : "them")} with the template’s heading")
            : (columns, null);
    }

    /// <summary>The text of the file, or null when it is not UTF-8 text (binary, UTF-16 or a legacy code page).</summary>
    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        var body = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string EncodingProblem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith(OleHeader))
        {
            return $"The file is an Excel workbook, not a CSV file. {SaveAsCsv}";
        }

        if (bytes.StartsWith(Utf16LittleEndian) || bytes.StartsWith(Utf16BigEndian))
        {
            return $"The file is UTF-16 (‘Unicode text’), not UTF-8. {SaveAsCsv}";
        }

        return bytes.IndexOf((byte)0) >= 0
            ? $"The file is not a CSV file. {SaveAsCsv}"
            : $"The file is not UTF-8 text (it may be saved as ‘CSV (Comma delimited)’ in another character set). {SaveAsCsv}";
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>The spreadsheet's column letter: 0 ⇒ A, 26 ⇒ AA.</summary>
    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
