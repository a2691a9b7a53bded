namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Progress;

/// <summary>Progress over the cycle on the summary of the NMC and generic portfolios: a chart and its figures per requirement.</summary>
public static partial class PortfolioBuilder
{
    private static IEnumerable<Block> ProgressBlocks(PortfolioInput input)
    {
        if (input.Progress is not { Series.Count: > 0 } progress || input.Template == PortfolioTemplate.Hcpc)
        {
            yield break;
        }

        var elapsed = Math.Round(progress.ElapsedFraction * 100m, 0);
        yield return new PageBreakBlock();
        yield return new HeadingBlock("Progress over the cycle");
        yield return new ParagraphBlock(
            $"Each chart shows the running total (solid line) against the pace line (dashed): the required amount spread evenly from the "
            + $"start of the cycle, {FormatDate(progress.Window.Start)}, to the deadline, {FormatDate(progress.Window.Deadline)}. "
            + $"On {FormatDate(progress.Today)}, {elapsed}% of that time had passed. The table under each chart gives its figures.");
        foreach (var series in progress.Series)
        {
            var unit = UnitWords.For(series.Required, series.Target.Unit);
            yield return new KeepTogetherBlock(
            [
                new HeadingBlock($"{series.Title}{(series.Target.Advisory ? " (advisory)" : "")}", 3),
                new ParagraphBlock(
                    $"{FormatNumber(series.Achieved)} of {FormatNumber(series.Required)} {unit} done; pace for {FormatDate(progress.Today)} "
                    + $"{FormatNumber(series.PaceToday)}: {(series.OnPace ? "on pace" : "behind the pace")}.", TextEmphasis.Muted),
                new ProgressChartBlock(progress.Window, progress.Today, series),
                new TableBlock(
                    [new("By", 2.2f), new("Done", 1f, ColumnAlign.Right), new("Pace", 1f, ColumnAlign.Right)],
                    series.Rows.Select(r => new TableRow(
                        [
                            FormatDate(r.Date) + r.Kind switch { ProgressRowKind.Today => " (today)", ProgressRowKind.Deadline => " (deadline)", _ => "" },
                            r.Achieved is { } a ? FormatNumber(a) : "–",
                            FormatNumber(r.Pace),
                        ],
                        r.Kind == ProgressRowKind.Today ? RowEmphasis.Total : RowEmphasis.None)).ToList()),
            ]);
        }
    }
}
