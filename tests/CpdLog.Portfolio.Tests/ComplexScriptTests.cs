namespace CpdLog.Portfolio.Tests;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

/// <summary>
/// Names in many scripts, drawn and read back. Needs the fonts scripts/test.sh installs (README, "Fonts"):
/// fonts-dejavu-core (Latin, Greek, Hebrew, Arabic), fonts-noto-core (Devanagari, Noto Sans Symbols 2),
/// fonts-droid-fallback (Chinese), fonts-symbola (monochrome emoji) and, to prove it is passed over,
/// fonts-noto-color-emoji.
/// </summary>
public sealed partial class ComplexScriptTests : IDisposable
{
    private const string Welsh = "Siân Llŷr ap Gwynfor";
    private const string Polish = "Żaneta Wiśniewska-Łódź";
    private const string Greek = "Ελένη Παπαδοπούλου";
    private const string Arabic = "محمد حسن 2024";
    private const string Hebrew = "דוד כהן (NHS) 12";
    private const string Chinese = "王小明";
    private const string Hindi = "प्रिया शर्मा";
    private const string Emoji = "Grace 🚑 Hopper"; // U+1F691: DejaVu lacks it, Noto Color Emoji is colour, Symbola draws it
    private const string Undrawable = "Ada \U0010FFFD Lovelace"; // a private-use character no font has

    private static readonly string[] Names = [Welsh, Polish, Greek, Arabic, Hebrew, Chinese, Hindi, Emoji];
    private static readonly SkiaPortfolioRenderer Renderer = new();
    private static readonly Lazy<Task<byte[]>> Drawable = new(() => RenderAsync(Names));

    private readonly string _dir = Directory.CreateTempSubdirectory("cpdlog-scripts-").FullName;

    [Fact]
    public async Task Render_NamesInEightScripts_ExtractAsWrittenWithPdfToText()
    {
        var text = await PdfToTextAsync(await Drawable.Value);

        // Poppler marks right-to-left text with embedding controls (U+202B ... U+202C); they are not ours.
        var lines = text.Replace("\u202B", "", StringComparison.Ordinal).Replace("\u202C", "", StringComparison.Ordinal).Split('\n');
        foreach (var name in new[] { Welsh, Polish, Greek, Chinese, Hindi, Emoji })
        {
            Assert.Contains(lines, l => l.Contains(name, StringComparison.Ordinal));
        }

        // Right-to-left names read in their own order, letters joined into words (not reversed, not one per glyph),
        // and the digits and Latin that follow them keep theirs.
        Assert.Contains(lines, l => l.Contains("2024 محمد حسن", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("דוד כהן", StringComparison.Ordinal) && l.Contains("NHS) 12", StringComparison.Ordinal));
        Assert.Contains("Owner " + Polish, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MixedHebrewLatinAndDigits_IsDrawnInBidiOrder()
    {
        using var pdf = PdfDocument.Open(await Drawable.Value);
        var line = LineOf(pdf, 'ן'); // the last letter of כהן: in a right-to-left run it is drawn leftmost
        var left = line.First(l => l.Value == "ן").StartBaseLine.X;
        line = line.Where(l => l.StartBaseLine.X >= left - 0.5 && l.StartBaseLine.X < left + 120).ToList(); // the title cell

        double X(string value, int nth = 0) => line.Where(l => l.Value == value).OrderBy(l => l.StartBaseLine.X).ElementAt(nth).StartBaseLine.X;

        // Display order is "ןהכ דוד (NHS) 12": the Hebrew words right to left, then the Latin, then the number.
        Assert.True(X("ן") < X("ה") && X("ה") < X("כ") && X("כ") < X("ו"), "Hebrew letters are not right to left");
        Assert.True(X("ד", 1) < X("("), "the Latin after the Hebrew is not to its right");
        Assert.True(X("N") < X("H") && X("H") < X("S") && X("S") < X(")") && X(")") < X("1") && X("1") < X("2"), "Latin or digits reversed");
    }

    [Fact]
    public async Task Render_ArabicThenYear_YearIsDrawnLeftOfTheName()
    {
        // Joined Arabic letters are glyphs no character maps to; only /ActualText names them, which PdfPig does not
        // read, so the words' boxes come from pdftotext -bbox, which lists each word's letters in drawing order.
        var words = BboxWord().Matches(await PdfToTextAsync(await Drawable.Value, "-bbox"))
            .Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Y: m.Groups[2].Value, Drawn: m.Groups[3].Value))
            .ToList();
        var first = words.First(w => w.Drawn == "دمحم"); // محمد, its letters drawn right to left
        var line = words.Where(w => w.Y == first.Y && Math.Abs(w.X - first.X) < 100).ToList();

        var year = line.Single(w => w.Drawn == "2024"); // digits left to right
        var second = line.Single(w => w.Drawn == "نسح"); // حسن
        Assert.True(year.X < second.X && second.X < first.X, string.Join(" | ", line)); // display: 2024 حسن محمد (right to left)
    }

    [Fact]
    public async Task Render_EveryScript_EmbedsSubsetFontsAndClaimsPdfA()
    {
        var bytes = await Drawable.Value;

        Assert.Contains("pdfaid:part", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(bytes);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f ?? ""));
        Assert.Contains(fonts, f => f?.Contains("Devanagari", StringComparison.Ordinal) == true);
        Assert.Contains(fonts, f => f?.Contains("DroidSansFallback", StringComparison.Ordinal) == true);
        Assert.Contains(fonts, f => f?.Contains("Symbola", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(fonts, f => f?.Contains("Color", StringComparison.Ordinal) == true);
        Assert.Empty(Renderer.CannotDraw(Document(Names)));
    }

    [Fact]
    public async Task Render_CharacterNoFontHas_IsReportedDrawnAsReplacementAndPdfIsNotPdfA()
    {
        var document = Document([Welsh, Undrawable]);

        Assert.Equal(["\U0010FFFD"], Renderer.CannotDraw(document));
        Assert.Equal(["\U0010FFFD"], PortfolioFonts.Default.CannotDraw([Undrawable, Hindi]));

        var bytes = await RenderAsync([Welsh, Undrawable]);
        Assert.DoesNotContain("pdfaid", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains(Undrawable, await PdfToTextAsync(bytes), StringComparison.Ordinal); // /ActualText keeps the character
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains(pdf.GetPages().SelectMany(p => p.Letters), l => l.Value == "\uFFFD"); // the visible replacement mark
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static PortfolioDocument Document(string[] titles)
    {
        var input = SampleRecords.Nmc(activities: titles.Length, reflections: 1, feedback: 2);
        for (var i = 0; i < titles.Length; i++)
        {
            input.Activities[i].Title = titles[i];
            input.Activities[i].IsPrivate = false;
        }

        return PortfolioBuilder.Build(input with { OwnerDisplayName = "Owner " + Polish });
    }

    private static async Task<byte[]> RenderAsync(string[] titles)
    {
        using var output = new MemoryStream();
        await Renderer.RenderAsync(Document(titles), output, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>The letters on the baseline of the first letter <paramref name="c"/> in the document's log pages.</summary>
    private static List<Letter> LineOf(PdfDocument pdf, char c)
    {
        foreach (var page in pdf.GetPages())
        {
            if (page.Letters.FirstOrDefault(l => l.Value == c.ToString()) is { } anchor)
            {
                return page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - anchor.StartBaseLine.Y) < 0.5).ToList();
            }
        }

        throw new InvalidOperationException($"'{c}' is not in the PDF");
    }

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>")]
    private static partial Regex BboxWord();

    private async Task<string> PdfToTextAsync(byte[] pdf, string? option = null)
    {
        var path = Path.Combine(_dir, Guid.NewGuid() + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { option ?? "-nopgbrk", "-enc", "UTF-8", path, "-" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install poppler-utils)");
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
