namespace CpdLog.Portfolio.Layout;

using CpdLog.Core.Compliance.Progress;
using CpdLog.Core.Display;
using CpdLog.Core.Portfolio;

/// <summary>
/// The progress chart: axes, the required total (dotted), the pace line (dashed), the running total (solid, a step
/// per day with records), the deadline and the judgement date, labelled in words so nothing relies on colour alone.
/// The same drawing as the registration page's SVG, as vector paths.
/// </summary>
public sealed partial class PortfolioLayoutEngine
{
    private const float ChartHeight = 146f;
    private const float ChartPlotTop = 18f;
    private const float ChartPlotHeight = 84f;
    private const float ChartAxisWidth = 40f;

    private static readonly Rgb ChartDeadline = Rgb.FromHex(0xD5281B);
    private static readonly TextStyle ChartLabel = new(8.5f, false, Theme.Text);
    private static readonly TextStyle ChartDone = new(8.5f, true, Theme.Blue);
    private static readonly TextStyle ChartDeadlineLabel = new(8.5f, false, ChartDeadline);

    private void ProgressChart(Flow flow, ProgressChartBlock chart)
    {
        flow.EnsureSpace(ChartHeight);
        var w = chart.Window;
        var series = chart.Series;
        var left = _g.MarginLeft + ChartAxisWidth;
        var right = _g.MarginLeft + _g.ContentWidth - 10f;
        var top = flow.Y + ChartPlotTop;
        var bottom = top + ChartPlotHeight;
        var yMax = ChartScale.Top(series);
        var span = Math.Max(1, w.End.DayNumber - w.Start.DayNumber);
        float X(DateOnly d) => left + ((right - left) * Math.Clamp(d.DayNumber - w.Start.DayNumber, 0, span) / span);
        float Y(decimal v) => bottom - (ChartPlotHeight * (float)(v / yMax));

        // Axes, scale and the required total.
        flow.Add(new LineElement(left, bottom, right, bottom, Theme.Text, 0.75f));
        flow.Add(new LineElement(left, top, left, bottom, Theme.Text, 0.75f));
        ChartText(flow, left - 4, bottom + 3, "0", ChartLabel, alignRight: true);
        ChartText(flow, left - 4, Y(yMax) + 3, Number(yMax), ChartLabel, alignRight: true);
        flow.Add(new PathElement([new(left, Y(series.Required)), new(right, Y(series.Required))], Theme.Text, 1f, 1.5f, 2.5f));
        ChartText(flow, left + 4, Y(series.Required) - 4, $"Required: {Number(series.Required)} {Core.Compliance.UnitWords.For(series.Required, series.Target.Unit)}", ChartLabel);

        // Pace: nothing at the start, the required total at the deadline, flat after it.
        flow.Add(new PathElement(
            [new(X(w.Start), Y(0)), new(X(w.Deadline), Y(series.Required)), new(X(w.End), Y(series.Required))],
            Theme.Muted, 1.5f, 5f, 3f));

        // Deadline and today.
        flow.Add(new LineElement(X(w.Deadline), top - 6, X(w.Deadline), bottom, ChartDeadline, 1f));
        ChartText(flow, X(w.Deadline) - 3, top - 8, $"Deadline {PortfolioDate(w.Deadline)}", ChartDeadlineLabel, alignRight: true);
        var today = chart.Today < w.Start ? w.Start : chart.Today > w.End ? w.End : chart.Today;
        var tx = X(today);
        flow.Add(new PathElement([new(tx, top + 4), new(tx, bottom)], Theme.Text, 0.75f, 1f, 2f));
        ChartText(flow, tx, bottom + 12, "Today", ChartLabel, alignRight: tx > (left + right) / 2);
        ChartText(flow, left, bottom + 24, PortfolioDate(w.Start), ChartLabel);
        ChartText(flow, right, bottom + 24, PortfolioDate(w.End), ChartLabel, alignRight: true);

        // The running total, a step per day with records.
        var points = new List<PathPoint> { new(X(w.Start), Y(0)) };
        var total = 0m;
        foreach (var step in series.Steps.Where(p => p.Date <= today))
        {
            points.Add(new(X(step.Date), Y(total)));
            total = step.Value;
            points.Add(new(X(step.Date), Y(total)));
        }

        points.Add(new(tx, Y(total)));
        flow.Add(new PathElement(points, Theme.Blue, 2.25f));
        flow.Add(new BoxElement(tx - 2.5f, Y(total) - 2.5f, 5f, 5f, Theme.Blue));
        var labelY = Math.Abs(Y(total) - Y(series.Required)) < 12 ? Y(total) + 12 : Y(total) - 5;
        ChartText(flow, tx > (left + right) / 2 ? tx - 5 : tx + 5, labelY, $"Done: {Number(total)}", ChartDone, alignRight: tx > (left + right) / 2);

        // Key.
        var ky = bottom + 38;
        flow.Add(new PathElement([new(left, ky - 3), new(left + 20, ky - 3)], Theme.Blue, 2.25f));
        ChartText(flow, left + 24, ky, "Done", ChartLabel);
        flow.Add(new PathElement([new(left + 70, ky - 3), new(left + 90, ky - 3)], Theme.Muted, 1.5f, 5f, 3f));
        ChartText(flow, left + 94, ky, "Pace", ChartLabel);
        flow.Add(new PathElement([new(left + 140, ky - 3), new(left + 160, ky - 3)], Theme.Text, 1f, 1.5f, 2.5f));
        ChartText(flow, left + 164, ky, "Required", ChartLabel);
        flow.Y += ChartHeight;
    }

    private void ChartText(Flow flow, float x, float baseline, string text, TextStyle style, bool alignRight = false) =>
        flow.Add(new TextElement(alignRight ? x - measurer.Measure(text, style) : x, baseline, text, style, ElementRole.Body));

    private static string Number(decimal value) => UkFormat.Number(value);

    private static string PortfolioDate(DateOnly date) => UkFormat.ShortDate(date);
}
