namespace CpdLog.Web.Features.Activities.Spreadsheet;

using CsvHelper;
using CsvHelper.Configuration;

/// <summary>
/// Writes the CPD log as CSV with CsvHelper: UTF-8 with a byte order mark (so Excel reads "£" and "’" right), CRLF line
/// ends (RFC 4180), the heading row of <see cref="ActivityCsvColumns"/>, and every cell that a spreadsheet would take for
/// a formula (starting with =, +, -, @, tab or CR) neutralised by a leading single quote (CsvHelper's injection escape).
/// </summary>
public static class ActivityCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The encoding of every file we write: UTF-8 with a byte order mark.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = ActivityCsvCells.InjectionCharacters,
        InjectionEscapeCharacter = ActivityCsvCells.InjectionEscape,
    };

    /// <summary>The activities, in the order given, with their evidence files.</summary>
    public static byte[] Write(IEnumerable<CpdActivity> activities, ActivityCsvEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(evidence);
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, Encoding, leaveOpen: true))
        using (var csv = new CsvWriter(text, Configuration))
        {
            WriteRow(csv, ActivityCsvColumns.Headings);
            foreach (var activity in activities)
            {
                WriteRow(csv, ActivityCsvColumns.All.Select(c => c.Write(activity, evidence)));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The import template: the heading row only. No example row, because an example left in by mistake would be
    /// imported as a real activity; the import page lists what each column takes instead.
    /// </summary>
    public static byte[] Template() => Write([], ActivityCsvEvidence.None);

    private static void WriteRow(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
    }
}
