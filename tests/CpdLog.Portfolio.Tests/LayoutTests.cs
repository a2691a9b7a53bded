namespace CpdLog.Portfolio.Tests;

using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Layout;

public class LayoutTests
{
    private static readonly FixedWidthMeasurer Measurer = new();
    private static readonly TextStyle Style = new(10, false, default);

    [Theory]
    [InlineData("Workshop on 12 Jul 2022 at the trust", "12 Jul 2022")]
    [InlineData("From 30 November 2023, twice", "30 November 2023,")]
    [InlineData("20 Aug 2023 – 21 Aug 2023", "21 Aug 2023")]
    public void Wrap_DatesAreNeverSplitAcrossLines(string text, string date)
    {
        // 5 pt per character: from the date's own width up, a naive wrap would split each of these dates somewhere.
        for (var width = date.Length * 5f; width <= 120; width += 5)
        {
            var lines = TextWrapper.Wrap(text, width, Style, Measurer);
            Assert.Contains(lines, l => l.Contains(date, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Wrap_LongUnbrokenWord_SplitsWithoutAddingHyphens()
    {
        var sha = "05920fb9756063d04095ce1e4cf37af943ab51e8e3bb541ca7e44201d0a44a";

        var lines = TextWrapper.Wrap($"SHA {sha} end", 100, Style, Measurer);

        Assert.All(lines, l => Assert.True(Measurer.Measure(l, Style) <= 100));
        Assert.Equal($"SHA{sha}end", string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith('-'));
    }

    [Fact]
    public void Wrap_NeverSplitsSurrogatePairsOrCombiningMarks()
    {
        var word = string.Concat(Enumerable.Repeat("e\u0301😀", 20));

        var lines = TextWrapper.Wrap(word, 30, Style, Measurer);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l =>
        {
            Assert.False(char.IsHighSurrogate(l[^1]));
            Assert.NotEqual('\u0301', l[0]);
        });
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Wrap_HardLineBreaksAndBlankLines_AreKept() =>
        Assert.Equal(["one", "", "two"], TextWrapper.Wrap("one\n\ntwo", 500, Style, Measurer));

    [Fact]
    public void Wrap_WindowsLineEndingsTabsAndRepeatedSpaces_BreakLikeNewlinesAndSingleSpaces() =>
        Assert.Equal(["one two", "", "three\rfour"], TextWrapper.Wrap("one \t  two\r\n\r\nthree\rfour ", 500, Style, Measurer));

    [Fact]
    public void Layout_LongTable_RepeatsHeaderOnEveryPageItSpans()
    {
        var rows = Enumerable.Range(1, 200).Select(i => new TableRow([$"Row {i}", "Some text"])).ToList();
        var layout = Lay(Section(new TableBlock([new("Name", 1), new("Notes", 2)], rows)));

        var tablePages = layout.Pages.Where(p => p.Texts.Any(t => t.Role == ElementRole.TableCell)).ToList();

        Assert.True(tablePages.Count >= 3);
        Assert.All(tablePages, p =>
        {
            var header = p.Texts.Where(t => t.Role == ElementRole.TableHeader).ToList();
            Assert.Equal(["Name", "Notes"], header.Select(h => h.Text));
            Assert.True(header[0].Baseline < p.Texts.First(t => t.Role == ElementRole.TableCell).Baseline);
        });
        var cells = layout.Pages.SelectMany(p => p.Texts).Where(t => t.Role == ElementRole.TableCell && t.Text.StartsWith("Row", StringComparison.Ordinal));
        Assert.Equal(rows.Select(r => r.Cells[0]), cells.Select(c => c.Text)); // every row once, in order
    }

    [Fact]
    public void Layout_RowTallerThanAPage_SplitsBetweenLinesWithHeaderRepeated()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 150).Select(i => $"line {i}"));
        var layout = Lay(Section(new TableBlock([new("Dates", 1), new("Text", 3)], [new TableRow(["2024", tall])])));

        var lines = layout.Pages.SelectMany(p => p.Texts).Where(t => t.Text.StartsWith("line ", StringComparison.Ordinal)).Select(t => t.Text).ToList();

        Assert.Equal(150, lines.Count);
        Assert.Equal("line 150", lines[^1]);
        var pagesWithLines = layout.Pages.Where(p => p.Texts.Any(t => t.Text.StartsWith("line ", StringComparison.Ordinal))).ToList();
        Assert.True(pagesWithLines.Count >= 2);
        Assert.All(pagesWithLines, p => Assert.Contains(p.Texts, t => t.Role == ElementRole.TableHeader && t.Text == "Dates"));
    }

    [Fact]
    public void Layout_KeepTogether_MovesWholeGroupToNextPageWhenItDoesNotFit()
    {
        var filler = new ParagraphBlock(string.Join('\n', Enumerable.Range(1, 50).Select(i => $"filler {i}")));
        var group = new KeepTogetherBlock([new HeadingBlock("Kept heading"), new KeyValueBlock(Enumerable.Range(1, 8).Select(i => new KeyValue($"Key {i}", "Value")).ToList())]);
        var layout = Lay(Section(filler, group));

        var headingPage = PageOf(layout, "Kept heading");
        var keyPages = layout.Pages.Where(p => p.Texts.Any(t => t.Text.StartsWith("Key ", StringComparison.Ordinal))).Select(p => p.Number).Distinct();

        Assert.Equal([headingPage], keyPages);
        Assert.True(headingPage > PageOf(layout, "filler 1"));
    }

    [Fact]
    public void Layout_Heading_IsNeverLastOnAPage()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 30; i++)
        {
            blocks.Add(new HeadingBlock($"Heading {i}", 3));
            blocks.Add(new ParagraphBlock(string.Join(' ', Enumerable.Repeat("word", 40 + (i * 7)))));
        }

        var layout = Lay(Section([.. blocks]));

        foreach (var page in layout.Pages.Skip(2))
        {
            var body = page.Texts.Where(t => t.Role is ElementRole.Body or ElementRole.Heading).ToList();
            Assert.NotEqual(ElementRole.Heading, body[^1].Role);
        }
    }

    [Fact]
    public void Layout_EverySection_StartsOnANewPageAndIsListedInContents()
    {
        var document = PortfolioBuilder.Build(Builders.Input());

        var layout = Lay(document);

        Assert.Equal(document.Sections.Select(s => s.Title), layout.Sections.Select(s => s.Title));
        Assert.Equal(layout.Sections.Count, layout.Sections.Select(s => s.PageNumber).Distinct().Count());
        var contents = layout.Pages[1].Texts.Where(t => t.Role == ElementRole.Contents).Select(t => t.Text).ToList();
        Assert.All(layout.Sections, s => Assert.Contains(s.Title, contents));
        Assert.Equal(layout.Sections.Count, layout.Pages[1].Elements.OfType<LinkElement>().Count());
    }

    [Fact]
    public void Layout_EmptySections_StillRenderWithEmptyText()
    {
        var layout = Lay(PortfolioBuilder.Build(Builders.Input()));

        Assert.Contains(layout.Pages.SelectMany(p => p.Texts), t => t.Text == "No entries in this period.");
    }

    [Fact]
    public void Layout_EveryPage_HasFooterWithCodeAndPageXofY()
    {
        var layout = Lay(SampleRecords.Nmc(activities: 60, reflections: 2, feedback: 5));
        var total = layout.Pages.Count;

        Assert.All(layout.Pages, p =>
        {
            var footer = p.Texts.Where(t => t.Role == ElementRole.Footer).Select(t => t.Text).ToList();
            Assert.Contains($"Page {p.Number} of {total}", footer);
            Assert.Contains("Verification code 7K3QD-9XW2M", footer);
        });
        Assert.Single(layout.Pages[0].Elements.OfType<QrCodeElement>());
    }

    [Fact]
    public void Layout_AllText_StaysInsideTheBodyArea()
    {
        var geometry = PageGeometry.A4;
        var layout = Lay(SampleRecords.Nmc(activities: 80, reflections: 3, feedback: 8));

        foreach (var t in layout.Pages.SelectMany(p => p.Texts))
        {
            Assert.True(t.X >= geometry.MarginLeft - 0.01f, t.Text);
            Assert.True(t.X + Measurer.Measure(t.Text, t.Style) <= geometry.Width - geometry.MarginRight + 0.01f, t.Text);
            if (t.Role is not (ElementRole.Footer or ElementRole.RunningHeader))
            {
                Assert.True(t.Baseline <= geometry.Height - geometry.MarginBottom, t.Text);
            }
        }
    }

    private static LaidOutDocument Lay(PortfolioInput input) => Lay(PortfolioBuilder.Build(input));

    private static LaidOutDocument Lay(PortfolioDocument document) => new PortfolioLayoutEngine(Measurer).Layout(document);

    private static PortfolioDocument Section(params Block[] blocks) =>
        PortfolioBuilder.Build(Builders.Input()) with { Sections = [new DocumentSection(PortfolioSectionKind.CpdLog, "Test section", blocks)] };

    private static int PageOf(LaidOutDocument layout, string text) => layout.Pages.First(p => p.Texts.Any(t => t.Text == text)).Number;
}
