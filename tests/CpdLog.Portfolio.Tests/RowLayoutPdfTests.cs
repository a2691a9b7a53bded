namespace CpdLog.Portfolio.Tests;

using System.Text.RegularExpressions;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

/// <summary>
/// Issue 12 item 7, read back from the PDF: the logs' words are never broken mid-word and dates never split across
/// lines, titles are bold in their column and the text under them is set beneath the row, across the columns after
/// the reference.
/// </summary>
public sealed partial class RowLayoutPdfTests
{
    private static readonly SkiaPortfolioRenderer Renderer = new();

    public static TheoryData<PortfolioTemplate> Templates => [PortfolioTemplate.Nmc, PortfolioTemplate.Hcpc, PortfolioTemplate.Generic];

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Logs_EveryOrdinaryWordAndEveryDate_IsReadBackWhole(PortfolioTemplate template)
    {
        var document = Document(template);
        var segments = await SegmentsAsync(document);
        var tokens = segments.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var cells = Tables(document).SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
        Assert.NotEmpty(cells);

        // A word broken between letters ("Managemen" / "t") reads back as two other tokens, so the whole word is
        // found fewer times than the records print it.
        var words = cells.SelectMany(c => c.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Where(w => OrdinaryWord().IsMatch(w))
            .GroupBy(w => w, StringComparer.Ordinal).ToList();
        Assert.True(words.Count > 100);
        var broken = words.Where(g => tokens.GetValueOrDefault(g.Key) < g.Count()).Select(g => $"{g.Key}: {tokens.GetValueOrDefault(g.Key)} of {g.Count()}").ToList();
        Assert.True(broken.Count == 0, "broken words: " + string.Join(", ", broken.Take(20)));

        // A date split across lines is not found whole on any one line.
        var dates = cells.SelectMany(c => DatePattern().Matches(c).Select(m => m.Value)).GroupBy(d => d, StringComparer.Ordinal).ToList();
        Assert.True(dates.Count > 10);
        var lines = string.Join('\n', segments);
        var split = dates.Where(g => Regex.Count(lines, $@"(?<![0-9]){Regex.Escape(g.Key)}") < g.Count()).Select(g => g.Key).ToList();
        Assert.True(split.Count == 0, "dates split: " + string.Join(", ", split.Take(20)));
    }

    [Fact]
    public async Task NmcLog_TitleIsBoldInItsColumn_TextUnderItIsBeneathTheRow_AfterTheReference()
    {
        var document = Document(PortfolioTemplate.Nmc);
        var bytes = await RenderAsync(document);
        using var pdf = PdfDocument.Open(bytes);
        var log = Tables(document).First(t => t.Columns.Any(c => c.Header == "Link to the Code"));
        var row = log.Rows.First(r => r.Emphasis == RowEmphasis.None && r.Cells[3].Contains('\n', StringComparison.Ordinal));
        var title = row.Cells[3][..row.Cells[3].IndexOf('\n', StringComparison.Ordinal)];
        var firstBodyWord = row.Cells[3][(title.Length + 1)..].Split(' ')[0];

        var page = pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == row.Cells[0]));
        var words = page.GetWords().ToList();
        var reference = words.First(w => w.Text == row.Cells[0]);
        var titleWord = words.First(w => w.Text == title.Split(' ')[0] && Math.Abs(w.BoundingBox.Bottom - reference.BoundingBox.Bottom) < 0.5);
        Assert.Contains("Bold", titleWord.Letters[0].FontName, StringComparison.Ordinal);

        // The first word under the title: below every line of the row's other cells, left of the title's column,
        // right of the reference column, in the regular face.
        var body = words.Where(w => w.Text == firstBodyWord && w.BoundingBox.Bottom < reference.BoundingBox.Bottom - 1 && w.BoundingBox.Left < titleWord.BoundingBox.Left - 50)
            .MaxBy(w => w.BoundingBox.Bottom);
        Assert.NotNull(body);
        Assert.DoesNotContain("Bold", body.Letters[0].FontName, StringComparison.Ordinal);
        Assert.True(body.BoundingBox.Left > reference.BoundingBox.Right, "under the row, from the second column");
        var hours = row.Cells[5];
        var rowWords = words.Where(w => w.BoundingBox.Bottom <= reference.BoundingBox.Bottom + 0.5 && w.BoundingBox.Bottom > body.BoundingBox.Bottom + 0.5).ToList();
        Assert.Contains(rowWords, w => w.Text == hours);
        Assert.Contains(rowWords, w => w.Text == row.Cells[1].Split(' ')[0]);
    }

    private static PortfolioDocument Document(PortfolioTemplate template)
    {
        var sample = SampleRecords.Nmc(activities: 60, reflections: 1, feedback: 6);
        return PortfolioBuilder.Build(sample with
        {
            Template = template,
            Options = new PortfolioOptions { Sections = PortfolioTemplates.AvailableSections(template).ToHashSet() },
        });
    }

    private static async Task<byte[]> RenderAsync(PortfolioDocument document)
    {
        using var output = new MemoryStream();
        await Renderer.RenderAsync(document, output, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>
    /// The PDF's lines cut into cell lines: words on one baseline, split where the gap between them is wider than a
    /// space (the cell padding on both sides of a column boundary is).
    /// </summary>
    private static async Task<List<string>> SegmentsAsync(PortfolioDocument document)
    {
        using var pdf = PdfDocument.Open(await RenderAsync(document));
        var segments = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1)))
            {
                Word? previous = null;
                var current = new List<string>();
                foreach (var word in line.OrderBy(w => w.BoundingBox.Left))
                {
                    if (previous is not null && word.BoundingBox.Left - previous.BoundingBox.Right > 5)
                    {
                        segments.Add(string.Join(' ', current));
                        current.Clear();
                    }

                    current.Add(word.Text);
                    previous = word;
                }

                segments.Add(string.Join(' ', current));
            }
        }

        return segments;
    }

    private static IEnumerable<TableBlock> Tables(PortfolioDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(b => b is KeepTogetherBlock k ? k.Blocks : [b]).OfType<TableBlock>();

    [GeneratedRegex(@"^\(?(\p{L}[\p{L}'’-]{0,19}|£?\d[\d,]*(\.\d+)?)[).,;:]?$")]
    private static partial Regex OrdinaryWord();

    [GeneratedRegex(@"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b")]
    private static partial Regex DatePattern();
}
