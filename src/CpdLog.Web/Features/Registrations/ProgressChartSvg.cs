namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance.Progress;
using Microsoft.AspNetCore.Html;

/// <summary>
/// Draws one series of a <see cref="CycleProgress"/> as an accessible SVG, on the server: <c>role="img"</c> with a
/// title and a description that give the figures, direct text labels, and lines told apart by pattern and label as
/// well as colour (done: solid, pace: dashed, required: dotted). It scales through its viewBox: the text stays
/// about 12 px high on a 320 px wide screen.
/// </summary>
public static class ProgressChartSvg
{
    private const float Width = 360f;
    private const float Height = 262f;
    private const float Left = 44f;
    private const float Right = 12f;
    private const float Top = 32f;
    private const float Bottom = 176f;

    private const string Done = "#005eb8";
    private const string Pace = "#4c6272";
    private const string Required = "#212b32";
    private const string Deadline = "#d5281b";

    public static IHtmlContent Render(CycleProgress progress, ProgressSeries series, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(series);
        var w = progress.Window;
        var unit = UnitWords.For(series.Required, series.Target.Unit);
        var yMax = ChartScale.Top(series);
        var end = Math.Max(w.End.DayNumber, w.Start.DayNumber + 1);
        float X(DateOnly d) => Left + ((Width - Left - Right) * Math.Clamp(d.DayNumber - w.Start.DayNumber, 0, end - w.Start.DayNumber) / (end - w.Start.DayNumber));
        float Y(decimal v) => Bottom - ((Bottom - Top) * (float)(v / yMax));

        var titleId = $"{idPrefix}-title";
        var descId = $"{idPrefix}-desc";
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cpd-progress-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\" data-series=\"{Enc(series.Code)}\" style=\"width:100%;max-width:32rem;height:auto\" font-family=\"Frutiger W01, Arial, sans-serif\" font-size=\"15\">");
        s.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Enc(series.Title)}: progress over the cycle</title>");
        s.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descId}\">{Enc(Description(progress, series))}</desc>");

        // Axes and the required total.
        s.Append(Line(Left, Bottom, Width - Right, Bottom, Required, 1, null));
        s.Append(Line(Left, Top, Left, Bottom, Required, 1, null));
        s.Append(Text(Left - 4, Bottom + 4, "0", "end"));
        s.Append(Text(Left - 4, Y(yMax) + 4, Num(yMax), "end"));
        s.Append(Line(Left, Y(series.Required), Width - Right, Y(series.Required), Required, 1.5f, "2 3"));
        s.Append(Text(Left + 4, Y(series.Required) - 6, $"Required: {Num(series.Required)} {unit}", "start"));

        // Pace: from nothing at the start to the required total at the deadline, flat after it.
        s.Append(Polyline([(X(w.Start), Y(0)), (X(w.Deadline), Y(series.Required)), (X(w.End), Y(series.Required))], Pace, 2, "7 4"));

        // Deadline and today.
        s.Append(Line(X(w.Deadline), Top - 6, X(w.Deadline), Bottom, Deadline, 1.5f, null));
        s.Append(Text(X(w.Deadline) - 3, Top - 10, $"Deadline {Short(w.Deadline)}", "end", Deadline));
        var today = progress.Today < w.Start ? w.Start : progress.Today > w.End ? w.End : progress.Today;
        var tx = X(today);
        s.Append(Line(tx, Top + 4, tx, Bottom, Required, 1, "1 3"));
        s.Append(Text(tx, Bottom + 18, "Today", tx > (Width / 2) ? "end" : "start"));
        s.Append(Text(Left, Bottom + 37, Short(w.Start), "start"));
        s.Append(Text(Width - Right, Bottom + 37, Short(w.End), "end"));

        // Done: a step line, each day's records added at once.
        var points = new List<(float X, float Y)> { (X(w.Start), Y(0)) };
        var total = 0m;
        foreach (var step in series.Steps.Where(p => p.Date <= today))
        {
            points.Add((X(step.Date), Y(total)));
            total = step.Value;
            points.Add((X(step.Date), Y(total)));
        }

        points.Add((tx, Y(total)));
        s.Append(Polyline(points, Done, 3, null));
        s.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(tx)}\" cy=\"{F(Y(total))}\" r=\"4\" fill=\"{Done}\"/>");
        var labelY = Math.Abs(Y(total) - Y(series.Required)) < 16 ? Y(total) + 18 : Y(total) - 8;
        s.Append(Text(tx > Width / 2 ? tx - 6 : tx + 6, labelY, $"Done: {Num(total)}", tx > Width / 2 ? "end" : "start", Done, bold: true));

        // Key: the pattern and the words, not the colour alone.
        var ky = Height - 10;
        s.Append(Line(Left, ky - 5, Left + 22, ky - 5, Done, 3, null)).Append(Text(Left + 26, ky, "Done", "start"));
        s.Append(Line(Left + 84, ky - 5, Left + 106, ky - 5, Pace, 2, "7 4")).Append(Text(Left + 110, ky, "Pace", "start"));
        s.Append(Line(Left + 166, ky - 5, Left + 188, ky - 5, Required, 1.5f, "2 3")).Append(Text(Left + 192, ky, "Required", "start"));
        s.Append("</svg>");
        return new HtmlString(s.ToString());
    }

    /// <summary>The figures in one sentence: what is done, the pace for today, the required total and the deadline.</summary>
    public static string Description(CycleProgress progress, ProgressSeries series)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(series);
        var unit = UnitWords.For(series.Required, series.Target.Unit);
        var pace = series.OnPace ? "at or ahead of the pace" : "behind the pace";
        return $"{Num(series.Achieved)} of {Num(series.Required)} {unit} done by {ComplianceDisplay.Date(progress.Today)}; "
            + $"the pace line (required × time passed) is at {Num(series.PaceToday)}, so this is {pace}. "
            + $"Cycle {ComplianceDisplay.Date(progress.Window.Start)} to {ComplianceDisplay.Date(progress.Window.End)}, "
            + $"deadline {ComplianceDisplay.Date(progress.Window.Deadline)}. The figures are in the table below the chart.";
    }

    /// <summary>A figure as the table and the portfolio print it: up to two decimals, no trailing zeros.</summary>
    public static string Num(decimal value) => UkFormat.Number(value);

    private static string Short(DateOnly date) => UkFormat.ShortDate(date);

    private static string F(float v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Enc(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string Line(float x1, float y1, float x2, float y2, string colour, float width, string? dash) =>
        $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{colour}\" stroke-width=\"{F(width)}\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>";

    private static string Polyline(IEnumerable<(float X, float Y)> points, string colour, float width, string? dash) =>
        $"<polyline fill=\"none\" points=\"{string.Join(' ', points.Select(p => $"{F(p.X)},{F(p.Y)}"))}\" stroke=\"{colour}\" stroke-width=\"{F(width)}\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>";

    private static string Text(float x, float y, string text, string anchor, string colour = Required, bool bold = false) =>
        $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\" fill=\"{colour}\"{(bold ? " font-weight=\"bold\"" : "")}>{Enc(text)}</text>";
}
