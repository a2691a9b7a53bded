namespace CpdLog.IntegrationTests.Records.Spreadsheet;

using System.Globalization;
using System.Text;
using CpdLog.Core.Records;
using CpdLog.Web.Features.Activities.Spreadsheet;
using CsvHelper;

/// <summary>
/// Unit tests of the CSV mapping (no app host): it lives in the web project because CsvHelper may not enter Core.
/// Files are read back with CsvHelper's own parser, so the tests see the cells a spreadsheet sees.
/// </summary>
public sealed class ActivityCsvMappingTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static CpdActivity Activity(string title, int number = 1) => new()
    {
        Number = number,
        OwnerId = "owner",
        Title = title,
        StartDate = new(2026, 4, 1),
        EndDate = new(2026, 4, 3),
        Hours = 7.5m,
        ParticipatoryHours = 2.25m,
        Method = CpdMethod.ELearning,
        ActivityType = ActivityType.SelfDirectedLearning,
        Status = ActivityStatus.Completed,
        Description = "Costing\r\nline two, with \"quotes\"",
        RelevanceToPractice = "I set budgets",
        LearningOutcomes = "",
        CodeThemes = CodeThemes.PractiseEffectively | CodeThemes.PreserveSafety,
        Standards = "HFMA 3",
        IsVerifiable = true,
        IsEthics = false,
        Tags = "costing, PLICS",
        IsPrivate = true,
    };

    private static List<string[]> Cells(byte[] file)
    {
        using var parser = new CsvParser(new StringReader(Encoding.UTF8.GetString(file)), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    private static string Cell(string[] row, string heading)
    {
        var index = ActivityCsvColumns.Headings.ToList().IndexOf(heading);
        Assert.True(index >= 0, $"No column '{heading}'");
        return row[index];
    }

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private const string Header = "Title,Start date,End date,Number of hours,Method,Activity type,Topic\r\n";

    [Fact]
    public void Write_Utf8WithBom_HeadingRow_UkDates_HoursAsTheAppShowsThem()
    {
        var file = ActivityCsvWriter.Write([Activity("Budget masterclass £ – ’")], ActivityCsvEvidence.None);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file[..3]);
        var rows = Cells(file[3..]);
        Assert.Equal(ActivityCsvColumns.Headings, rows[0]);
        Assert.Equal(2, rows.Count);
        Assert.Equal("Budget masterclass £ – ’", Cell(rows[1], "Title"));
        Assert.Equal("01/04/2026", Cell(rows[1], "Start date"));
        Assert.Equal("03/04/2026", Cell(rows[1], "End date"));
        Assert.Equal("7.5", Cell(rows[1], "Number of hours"));
        Assert.Equal("2.25", Cell(rows[1], "Participatory hours"));
        Assert.Equal("E-learning", Cell(rows[1], "Method"));
        Assert.Equal("Self directed learning", Cell(rows[1], "Activity type"));
        Assert.Equal("Practise effectively, Preserve safety", Cell(rows[1], "Link to the Code"));
        Assert.Equal("Yes", Cell(rows[1], "Verifiable"));
        Assert.Equal("No", Cell(rows[1], "Ethics"));
        Assert.Equal("A1", Cell(rows[1], "Reference"));
        Assert.Equal("Costing\r\nline two, with \"quotes\"", Cell(rows[1], "Topic"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+44 7700 900000")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Write_CellThatStartsLikeAFormula_GetsALeadingQuote_AndImportsBackUnchanged(string text)
    {
        var activity = Activity(text);
        activity.Tags = text;
        activity.Standards = "Safe text";

        var file = ActivityCsvWriter.Write([activity], ActivityCsvEvidence.None);

        var row = Cells(file[3..])[1];
        Assert.Equal("'" + text, Cell(row, "Title"));
        Assert.Equal("'" + text, Cell(row, "Tags"));
        Assert.Equal("Safe text", Cell(row, "Standards or competencies"));
        Assert.Equal("7.5", Cell(row, "Number of hours"));
        var read = ActivityCsvReader.Read(file, 10);
        Assert.Null(read.Problem);
        Assert.Equal(text.Trim(), read.Rows.Single().Input.Title!.Trim());
    }

    [Fact]
    public void Template_IsTheHeadingRowOnly()
    {
        var rows = Cells(ActivityCsvWriter.Template()[3..]);

        Assert.Equal([ActivityCsvColumns.Headings.ToArray()], rows);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameActivity()
    {
        var original = Activity("-ve feedback session");
        var file = ActivityCsvWriter.Write([original], ActivityCsvEvidence.None);

        var row = ActivityCsvReader.Read(file, 10).Rows.Single();

        Assert.Empty(row.Errors);
        Assert.Equal("A1", row.Reference);
        Assert.Empty(row.Input.Validate(Today));
        var copy = new CpdActivity();
        row.Input.ApplyTo(copy);
        Assert.Equal(ActivityContent.Of(original), ActivityContent.Of(copy));
    }

    [Theory]
    [InlineData("01/04/2026", 2026, 4, 1)]
    [InlineData("1/4/2026", 2026, 4, 1)]
    [InlineData("31/03/2026", 2026, 3, 31)]
    [InlineData("2026-04-01", 2026, 4, 1)]
    public void Read_UkDates(string cell, int year, int month, int day)
    {
        var row = ActivityCsvReader.Read(Csv(Header + $"Course,{cell},{cell},1,Workshop,Other,Topic\r\n"), 10).Rows.Single();

        Assert.Empty(row.Errors);
        Assert.Equal(new DateOnly(year, month, day), row.Input.StartDate);
    }

    [Theory]
    [InlineData("04/31/2026")]
    [InlineData("31/3/26")]
    [InlineData("next Tuesday")]
    public void Read_DateThatIsNotAUkDate_IsAnErrorOnItsCellWithItsRowNumber(string cell)
    {
        var file = ActivityCsvReader.Read(Csv(Header + "Course,01/04/2026,01/04/2026,1,Workshop,Other,Topic\r\n" + $"Course,{cell},01/04/2026,1,Workshop,Other,Topic\r\n"), 10);

        Assert.Empty(file.Rows[0].Errors);
        var error = Assert.Single(file.Rows[1].Errors);
        Assert.Equal(new ActivityImportError(3, "Start date", "startDate", "Enter the start date as a UK date, like 31/03/2026"), error);
    }

    [Fact]
    public void Read_RowNumbersAreTheSpreadsheets_BlankRowsAndMultiLineCellsIncluded()
    {
        var text = Header
            + "Course,01/04/2026,01/04/2026,1,Workshop,Other,\"two\r\nlines\"\r\n"
            + ",,,,,,\r\n"
            + "Course,01/04/2026,01/04/2026,lots,Workshop,Other,Topic\r\n";

        var file = ActivityCsvReader.Read(Csv(text), 10);

        Assert.Equal([2, 4], file.Rows.Select(r => r.Row));
        Assert.Equal("two\r\nlines", file.Rows[0].Input.Description);
        Assert.Equal(new ActivityImportError(4, "Number of hours", "hours", "Enter the number of hours as a number, like 7.5"), Assert.Single(file.Rows[1].Errors));
    }

    [Fact]
    public void Read_HeadingsInAnyCaseAndOrder_OrByPropertyName_ChoicesByNameOrMember()
    {
        var text = "\uFEFFmethod,TITLE,hours,  end date ,startDate,activitytype,STATUS,link to the code,participatory hours,verifiable\r\n"
            + "elearning,Reading,2.5 h,2/4/2026,1/4/2026,Work based learning,planned,prioritise people; PreserveSafety,1,yes\r\n";

        var row = ActivityCsvReader.Read(Csv(text), 10).Rows.Single();

        Assert.Empty(row.Errors);
        Assert.Equal(CpdMethod.ELearning, row.Input.Method);
        Assert.Equal("Reading", row.Input.Title);
        Assert.Equal(2.5m, row.Input.Hours);
        Assert.Equal(1m, row.Input.ParticipatoryHours);
        Assert.Equal(new DateOnly(2026, 4, 2), row.Input.EndDate);
        Assert.Equal(ActivityType.WorkBasedLearning, row.Input.ActivityType);
        Assert.Equal(ActivityStatus.Planned, row.Input.Status);
        Assert.Equal([CodeThemes.PrioritisePeople, CodeThemes.PreserveSafety], row.Input.CodeThemes);
        Assert.True(row.Input.IsVerifiable);
    }

    [Fact]
    public void Read_UnknownChoices_SayWhatToEnter()
    {
        var text = "Title,Start date,End date,Number of hours,Method,Activity type,Link to the Code,Private\r\n"
            + "Course,01/04/2026,01/04/2026,1,Webinar,Fun,Be kind,perhaps\r\n";

        var errors = ActivityCsvReader.Read(Csv(text), 10).Rows.Single().Errors;

        Assert.Equal(["method", "activityType", "codeThemes", "isPrivate"], errors.Select(e => e.Field));
        Assert.StartsWith("Enter a method from the list: Course attendance, Conference or seminar", errors[0].Message, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.Equal(2, e.Row));
    }

    public static TheoryData<byte[], string> RefusedFiles => new()
    {
        { [], "The file is empty" },
        { [0xEF, 0xBB, 0xBF, (byte)'\r', (byte)'\n'], "The file is empty" },
        { [.. "Title,Topic\r\nCaf"u8, 0xE9, (byte)'\r', (byte)'\n'], "The file is not UTF-8 text" },
        { [.. "PK\u0003\u0004"u8, 0x14, 0x00, 0x06, 0x00], "The file is an Excel workbook" },
        { [0xFF, 0xFE, (byte)'T', 0x00, (byte)'i', 0x00], "The file is UTF-16" },
        { [.. "%PDF-1.7\n"u8, 0x00, 0x01], "The file is not a CSV file" },
        { Csv("Course,01/04/2026,01/04/2026,1,Workshop,Other\r\n"), "The first row must be the column headings of the template" },
        { Csv("Title,Start date,End date,Number of hours,Method,Activity type,Cost\r\n"), "The first row has headings CpdLog does not know: ‘Cost’ (column G)" },
        { Csv("Title,Start date,End date,Number of hours\r\n"), "The file has no ‘Method’, ‘Activity type’ columns" },
        { Csv("Title,title,Start date\r\n"), "The heading ‘Title’ is in the first row twice" },
        { Csv(Header), "The file has the column headings but no activities" },
        { Csv(Header + string.Concat(Enumerable.Repeat("Course,01/04/2026,01/04/2026,1,Workshop,Other,Topic\r\n", 3))), "The file has more than 2 activities" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void Read_FileThatCannotBeUsed_IsRefusedWithAMessage(byte[] bytes, string message)
    {
        var file = ActivityCsvReader.Read(bytes, maxRows: 2);

        Assert.NotNull(file.Problem);
        Assert.StartsWith(message, file.Problem, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Read_StrayQuotesAndCellsWithoutAHeading_AreRowErrors()
    {
        var text = Header + "Course \"Big\" day,01/04/2026,01/04/2026,1,Workshop,Other,Topic,surplus\r\n";

        var errors = ActivityCsvReader.Read(Csv(text), 10).Rows.Single().Errors;

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Check the quote marks in this row", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("Column H has no heading: give it one of the template’s headings, or empty the column", errors[1].Message);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    public void ColumnLetters(int index, string letter) => Assert.Equal(letter, ActivityCsvReader.Letter(index));
}
