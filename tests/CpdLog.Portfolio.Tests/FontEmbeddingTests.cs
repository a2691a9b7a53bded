namespace CpdLog.Portfolio.Tests;

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Fonts;
using CpdLog.Portfolio.Rendering;
using SkiaSharp;
using UglyToad.PdfPig;

/// <summary>
/// End to end: the fonts in a rendered portfolio are real subsets. Uses the command-line tools qpdf and pdffonts
/// (poppler-utils), which CI installs.
/// </summary>
public sealed partial class FontEmbeddingTests : IDisposable
{
    private static readonly SkiaPortfolioRenderer Renderer = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("cpdlog-fonts-").FullName;

    [Fact]
    public async Task Render_EmbedsSubsetFontFilesMuchSmallerThanTheFontsAndTextStillExtracts()
    {
        var document = PortfolioBuilder.Build(SampleRecords.Nmc(activities: 40, reflections: 2, feedback: 6));
        var pdfPath = Path.Combine(_dir, "portfolio.pdf");
        await File.WriteAllBytesAsync(pdfPath, await RenderAsync(document));

        var fontFiles = await EmbeddedFontFilesAsync(pdfPath);

        Assert.Equal(2, fontFiles.Count); // DejaVu Sans and DejaVu Sans Bold
        var originals = new[] { PortfolioFonts.Default.Regular, PortfolioFonts.Default.Bold }.Select(FontBytes).ToList();
        foreach (var embedded in fontFiles)
        {
            // A well-formed TrueType font of only the glyphs drawn (renumbered), at a small fraction of the original.
            var font = TrueTypeSubsetter.Parse(embedded);
            Assert.InRange(font.GlyphCount, 20, 300);
            Assert.True(embedded.Length * 20 < originals.Min(o => o.Length), $"embedded {embedded.Length} bytes");
            var empty = Enumerable.Range(1, font.GlyphCount - 1).Count(id => font.GlyphData(id).IsEmpty);
            Assert.InRange(empty, 0, 2); // the space (and no-break space) have no outline; every other glyph kept has one
        }

        var (exit, pdffonts) = await RunAsync("pdffonts", pdfPath);
        Assert.True(exit == 0, pdffonts);
        var rows = pdffonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Matches(@"^[A-Z]{6}\+DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", row));

        var (qpdfExit, check) = await RunAsync("qpdf", "--check", pdfPath);
        Assert.True(qpdfExit == 0, check);

        using var pdf = PdfDocument.Open(pdfPath);
        var text = string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Zoë Siân Łukasiewicz-Ó Briain", text, StringComparison.Ordinal);
        Assert.Contains("Łukasz", text, StringComparison.Ordinal);
        Assert.Contains("£", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SameDocumentTwice_EmbedsTheSameFontBytes()
    {
        var document = PortfolioBuilder.Build(Builders.Input());
        var first = Path.Combine(_dir, "a.pdf");
        var second = Path.Combine(_dir, "b.pdf");
        await File.WriteAllBytesAsync(first, await RenderAsync(document));
        await File.WriteAllBytesAsync(second, await RenderAsync(document));

        var a = await EmbeddedFontFilesAsync(first);
        var b = await EmbeddedFontFilesAsync(second);

        Assert.Equal(a.Count, b.Count);
        Assert.All(a.Zip(b), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public async Task Render_SubsetAndWholeFonts_RasteriseToTheSamePixels()
    {
        // Every glyph drawn must be in the subset (an outline left out would draw as nothing, not as tofu).
        var sample = SampleRecords.Nmc(activities: 12, reflections: 1, feedback: 5);
        var document = PortfolioBuilder.Build(sample with
        {
            OwnerDisplayName = "Zoë Siân Łukasiewicz-Ó Briain – ½ “quoted” ‰ ✓",
            Options = new PortfolioOptions { Sections = PortfolioTemplates.AvailableSections(PortfolioTemplate.Nmc).ToHashSet() },
        });
        var subset = Path.Combine(_dir, "subset.pdf");
        var whole = Path.Combine(_dir, "whole.pdf");
        await File.WriteAllBytesAsync(subset, await RenderAsync(document));
        using (var output = new MemoryStream())
        {
            await new SkiaPortfolioRenderer { SubsetFonts = false }.RenderAsync(document, output, CancellationToken.None);
            await File.WriteAllBytesAsync(whole, output.ToArray());
        }

        Assert.True(new FileInfo(subset).Length * 2 < new FileInfo(whole).Length);
        Assert.Equal(0, (await RunAsync("pdftoppm", "-png", "-r", "50", subset, Path.Combine(_dir, "s"))).Exit);
        Assert.Equal(0, (await RunAsync("pdftoppm", "-png", "-r", "50", whole, Path.Combine(_dir, "w"))).Exit);
        var pages = Directory.GetFiles(_dir, "s-*.png").Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 8, $"{pages.Count} pages");
        Assert.All(pages, page =>
        {
            var other = Path.Combine(_dir, "w" + Path.GetFileName(page)[1..]);
            Assert.True(File.ReadAllBytes(page).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{Path.GetFileName(page)} differs");
        });
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<byte[]> RenderAsync(PortfolioDocument document)
    {
        using var output = new MemoryStream();
        await Renderer.RenderAsync(document, output, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>The decompressed /FontFile2 streams, via qpdf (uncompressed object layout, then each stream).</summary>
    private static async Task<List<byte[]>> EmbeddedFontFilesAsync(string pdfPath)
    {
        var qdf = Path.ChangeExtension(pdfPath, ".qdf.pdf");
        var (exit, output) = await RunAsync("qpdf", "--qdf", "--object-streams=disable", pdfPath, qdf);
        Assert.True(exit == 0, output);
        var objects = FontFile2().Matches(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(qdf)))
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        var files = new List<byte[]>();
        foreach (var id in objects)
        {
            files.Add(await RunBinaryAsync("qpdf", $"--show-object={id}", "--filtered-stream-data", qdf));
        }

        return files;
    }

    private static byte[] FontBytes(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out _);
        using var data = SKData.Create(stream);
        return data.ToArray();
    }

    private static async Task<(int Exit, string Output)> RunAsync(string tool, params string[] args)
    {
        using var process = Start(tool, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<byte[]> RunBinaryAsync(string tool, params string[] args)
    {
        using var process = Start(tool, args);
        using var buffer = new MemoryStream();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.BaseStream.CopyToAsync(buffer);
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        return buffer.ToArray();
    }

    private static Process Start(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install qpdf poppler-utils): {e.Message}", e);
        }
    }

    [GeneratedRegex(@"/FontFile2 (\d+) 0 R")]
    private static partial Regex FontFile2();
}
