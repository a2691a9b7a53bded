namespace CpdLog.Portfolio.Tests;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.Core.Compliance.Progress;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;
using CpdLog.Portfolio.Layout;
using CpdLog.Portfolio.Rendering;
using UglyToad.PdfPig;
using static CpdLog.Portfolio.Tests.Builders;

/// <summary>Progress over the cycle in the portfolio: built from <see cref="CycleProgress"/>, laid out as vector paths, read back.</summary>
public sealed class ProgressChartTests
{
    // NMC renewal 31 March 2027 judged 15 January 2027: cycle from 1 April 2024, deadline 1 March 2027.
    private static readonly DateOnly Today = D(2027, 1, 15);

    [Fact]
    public void Build_NmcSummary_EndsWithAChartAndItsFiguresPerSeries()
    {
        var (input, progress) = NmcInput();

        var summary = PortfolioBuilder.Build(input).Sections.Single(s => s.Kind == PortfolioSectionKind.RequirementsSummary);

        Assert.Contains(summary.Blocks, b => b is HeadingBlock { Text: "Progress over the cycle" });
        var groups = summary.Blocks.OfType<KeepTogetherBlock>().ToList();
        Assert.Equal(progress.Series.Select(s => s.Code), groups.Select(g => g.Blocks.OfType<ProgressChartBlock>().Single().Series.Code));
        var cpd = groups[0].Blocks.OfType<TableBlock>().Single();
        Assert.Equal(
            progress.Series[0].Rows.Select(r => r.Achieved is { } a ? a.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "–"),
            cpd.Rows.Select(r => r.Cells[1]));
        Assert.Equal(["15 Jan 2027 (today)", "11.5", "33.5"], cpd.Rows.Single(r => r.Emphasis == RowEmphasis.Total).Cells);
    }

    [Fact]
    public void Build_HcpcProfileOrNoProgress_HasNoChart()
    {
        var (input, _) = NmcInput();

        var hcpc = PortfolioBuilder.Build(input with { Template = PortfolioTemplate.Hcpc });
        var none = PortfolioBuilder.Build(input with { Progress = null });

        Assert.DoesNotContain(hcpc.Sections.SelectMany(s => s.Blocks), b => b is HeadingBlock { Text: "Progress over the cycle" });
        Assert.DoesNotContain(none.Sections.SelectMany(s => s.Blocks), b => b is HeadingBlock { Text: "Progress over the cycle" });
    }

    [Fact]
    public void Layout_DrawsTheSeriesAsPathsWithWordedLabels()
    {
        var (input, _) = NmcInput();

        var laid = new PortfolioLayoutEngine(new FixedWidthMeasurer()).Layout(PortfolioBuilder.Build(input));

        var page = laid.Pages.First(p => p.Texts.Any(t => t.Text == "Done: 11.5"));
        var paths = page.Elements.OfType<PathElement>().ToList();
        Assert.Contains(paths, p => p.Color == Theme.Blue && p.Dash == 0 && p.Points.Count > 4);   // the running total, in steps
        Assert.Contains(paths, p => p.Color == Theme.Muted && p.Dash > 0 && p.Points.Count == 3);  // pace: start, deadline, end
        Assert.Contains(page.Texts, t => t.Text == "Deadline 1 Mar 2027");
        Assert.Contains(page.Texts, t => t.Text == "Required: 35 hours");
        Assert.Contains(page.Texts, t => t.Text == "Today");
        Assert.All(page.Texts, t => Assert.True(t.Style.Size >= 8f));
    }

    [Fact]
    public async Task Render_ThePdfTextCarriesTheFigures()
    {
        var (input, _) = NmcInput();
        using var output = new MemoryStream();

        await new SkiaPortfolioRenderer().RenderAsync(PortfolioBuilder.Build(input), output, CancellationToken.None);

        using var pdf = PdfDocument.Open(output.ToArray());
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Progress over the cycle", text, StringComparison.Ordinal);
        Assert.Contains("Done: 11.5", text, StringComparison.Ordinal);
        Assert.Contains("15 Jan 2027 (today) 11.5 33.5", text, StringComparison.Ordinal);
        Assert.Contains("1 Mar 2027 (deadline) – 35", text, StringComparison.Ordinal);
    }

    private static (PortfolioInput Input, CycleProgress Progress) NmcInput()
    {
        var activities = new List<CpdActivity>
        {
            Activity("Before the cycle", D(2024, 3, 31), 3m),
            Activity("Costing workshop", D(2024, 5, 10), 5.5m),
            Activity("Audit course", D(2025, 1, 2), 4m),
            Activity("Ward rounds", D(2025, 6, 1), 2m),
        };
        foreach (var a in activities)
        {
            a.Status = ActivityStatus.Completed;
        }

        var records = new ComplianceInput
        {
            AnchorDate = D(2027, 3, 31),
            AsOf = Today,
            Activities = activities,
            Reflections = [new ReflectiveAccount { Title = "One", Date = D(2026, 2, 1) }],
        };
        var rules = new NmcRuleSet();
        var result = rules.Evaluate(records);
        var progress = CycleProgress.For(rules, records, result);
        var input = Input() with
        {
            Period = new PortfolioPeriod(result.Cycle.Start, result.Cycle.End),
            AsOf = Today,
            Compliance = result,
            Progress = progress,
            Activities = activities,
            Reflections = records.Reflections,
            GeneratedAt = new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero),
        };
        return (input, progress);
    }
}
