namespace CpdLog.Portfolio.Tests;

using System.Text.RegularExpressions;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Layout;
using CpdLog.Portfolio.Rendering;

/// <summary>
/// Every template's column widths, measured with the real fonts: header words and ordinary words in cells are never
/// broken between letters (only long unbroken tokens such as SHA-256s, file names and references may be).
/// </summary>
public sealed partial class TableColumnWidthTests : IDisposable
{
    private readonly SkiaTextMeasurer _measurer = new(PortfolioFonts.Default);

    public static TheoryData<PortfolioTemplate> Templates => [PortfolioTemplate.Nmc, PortfolioTemplate.Hcpc, PortfolioTemplate.Generic];

    [Theory]
    [MemberData(nameof(Templates))]
    public void HeaderWords_FitTheirColumns(PortfolioTemplate template)
    {
        var engine = new PortfolioLayoutEngine(_measurer);
        var tables = Tables(FullDocument(template)).ToList();
        Assert.NotEmpty(tables);

        var broken = new List<string>();
        foreach (var table in tables)
        {
            var widths = engine.ColumnTextWidths(table);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                foreach (var word in Words(table.Columns[i].Header))
                {
                    var width = _measurer.Measure(word, Theme.HeaderCell);
                    if (width > widths[i])
                    {
                        broken.Add($"'{word}' in '{table.Columns[i].Header}': {width:0.0} > {widths[i]:0.0} pt");
                    }
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void OrdinaryWordsInCells_FitTheirColumns(PortfolioTemplate template)
    {
        var engine = new PortfolioLayoutEngine(_measurer);

        var broken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in Tables(FullDocument(template)))
        {
            var widths = engine.ColumnTextWidths(table);
            foreach (var row in table.Rows)
            {
                var style = row.Emphasis == RowEmphasis.Total ? Theme.CellBold : Theme.Cell;
                for (var i = 0; i < row.Cells.Count && i < widths.Count; i++)
                {
                    foreach (var word in Words(row.Cells[i]).Where(w => OrdinaryWord().IsMatch(w)))
                    {
                        var width = _measurer.Measure(word, style);
                        if (width > widths[i])
                        {
                            broken.Add($"'{word}' in column '{table.Columns[i].Header}': {width:0.0} > {widths[i]:0.0} pt");
                        }
                    }
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void NumberColumns_FitEveryPrintedFigureOnOneLine(PortfolioTemplate template)
    {
        var engine = new PortfolioLayoutEngine(_measurer);
        var checkedColumns = 0;

        foreach (var table in Tables(FullDocument(template)))
        {
            var widths = engine.ColumnTextWidths(table);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].Header.Contains("hours", StringComparison.OrdinalIgnoreCase))
                {
                    checkedColumns++;
                    // Columns are sized from their content: every figure printed, totals in bold, fits on one line.
                    foreach (var row in table.Rows.Where(r => i < r.Cells.Count))
                    {
                        var width = _measurer.Measure(row.Cells[i], row.Emphasis == RowEmphasis.Total ? Theme.CellBold : Theme.Cell);
                        Assert.True(width <= widths[i], $"'{row.Cells[i]}' in '{table.Columns[i].Header}': {width:0.0} > {widths[i]:0.0} pt");
                    }
                }
            }
        }

        Assert.True(checkedColumns > 0);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void LaidOutHeaderLines_AreWholeWords(PortfolioTemplate template)
    {
        var document = FullDocument(template);
        var headerWords = Tables(document).SelectMany(t => t.Columns).SelectMany(c => Words(c.Header)).ToHashSet(StringComparer.Ordinal);

        var layout = new PortfolioLayoutEngine(_measurer).Layout(document);

        var lines = layout.Pages.SelectMany(p => p.Elements).OfType<TextElement>().Where(e => e.Role == ElementRole.TableHeader).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.All(Words(line.Text), word => Assert.Contains(word, headerWords)));
    }

    [Fact]
    public void NmcCpdLog_HoursAndMethodColumns_KeepTheirWordsWhole()
    {
        var engine = new PortfolioLayoutEngine(_measurer);
        var log = Tables(FullDocument(PortfolioTemplate.Nmc)).First(t => t.Columns.Any(c => c.Header == "Link to the Code"));
        var widths = engine.ColumnTextWidths(log);
        var hours = log.Columns.ToList().FindIndex(c => c.Header == "Hours");
        var method = log.Columns.ToList().FindIndex(c => c.Header == "Method");

        Assert.Equal(["Hours"], TextWrapper.Wrap("Hours", widths[hours], Theme.HeaderCell, _measurer));
        Assert.Equal(["114.5"], TextWrapper.Wrap("114.5", widths[hours], Theme.CellBold, _measurer));
        Assert.Equal(["Independent", "learning"], TextWrapper.Wrap("Independent learning", widths[method], Theme.Cell, _measurer));
        Assert.Equal(["Secondment"], TextWrapper.Wrap("Secondment", widths[method], Theme.Cell, _measurer));
    }

    public void Dispose() => _measurer.Dispose();

    private static PortfolioDocument FullDocument(PortfolioTemplate template)
    {
        var sample = SampleRecords.Nmc(activities: 60, reflections: 2, feedback: 6);
        return PortfolioBuilder.Build(sample with
        {
            Template = template,
            Options = new PortfolioOptions { Sections = PortfolioTemplates.AvailableSections(template).ToHashSet() },
        });
    }

    private static IEnumerable<TableBlock> Tables(PortfolioDocument document) =>
        document.Sections.SelectMany(s => Flatten(s.Blocks)).OfType<TableBlock>();

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is KeepTogetherBlock k ? Flatten(k.Blocks) : [b]);

    private static string[] Words(string text) => text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);

    // A word of letters (with hyphens or apostrophes), optionally in brackets or followed by punctuation, or a number
    // or amount. Not: SHA-256s, file names, URLs, references such as NHS-QI-2024/17.
    [GeneratedRegex(@"^\(?(\p{L}[\p{L}'’-]{0,19}|£?\d[\d,]*(\.\d+)?)[).,;:]?$")]
    private static partial Regex OrdinaryWord();
}
