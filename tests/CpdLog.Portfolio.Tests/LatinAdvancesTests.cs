namespace CpdLog.Portfolio.Tests;

using CpdLog.Portfolio.Rendering;
using SkiaSharp;

public class LatinAdvancesTests
{
    public static TheoryData<float, bool> Styles => new() { { 8f, false }, { 8f, true }, { 7f, false }, { 10.5f, true }, { 22f, true }, { 6.5f, false } };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Measure_EqualsSkiaToTheBit_ForEveryLineOfARealPortfolio(float size, bool bold)
    {
        var layout = new SkiaPortfolioRenderer().Layout(CpdLog.Core.Portfolio.PortfolioBuilder.Build(SampleRecords.Nmc(activities: 150)));
        var texts = layout.Pages.SelectMany(p => p.Texts).Select(t => t.Text)
            .Concat(["", " ", "Zoë Siân Łukasz £1,250.00", new string('W', 300), "ǅ ɏ ÿ"])
            .Where(t => LatinAdvances.Covers(t)).Distinct().ToList();
        Assert.True(texts.Count > 1000, $"only {texts.Count} strings");
        var fonts = PortfolioFonts.Default;
        using var font = new SKFont(bold ? fonts.Bold : fonts.Regular, size)
        {
            Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, LinearMetrics = true,
        };
        var table = LatinAdvances.For(font);
        var different = texts.Where(t => BitConverter.SingleToInt32Bits(table.Measure(t, size)) != BitConverter.SingleToInt32Bits(font.MeasureText(t)))
            .Select(t => $"'{t}': {table.Measure(t, size)} vs {font.MeasureText(t)}").Take(5).ToList();
        Assert.Empty(different);
    }

    [Fact]
    public void Covers_OnlyTheLatinRange()
    {
        Assert.True(LatinAdvances.Covers("Zoë Łukasz £ ɏ"));
        Assert.False(LatinAdvances.Covers("tab\there"));
        Assert.False(LatinAdvances.Covers("Ω"));
        Assert.False(LatinAdvances.Covers("😀"));
    }
}
