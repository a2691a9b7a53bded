namespace CpdLog.Portfolio.Tests;

using System.Text;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Rendering;
using UglyToad.PdfPig;

public class PdfOutputTests
{
    private static readonly SkiaPortfolioRenderer Renderer = new();

    [Fact]
    public async Task Render_Nmc_WritesMetadataAndOnePdfPagePerLayoutPage()
    {
        var document = PortfolioBuilder.Build(SampleRecords.Nmc(activities: 40, reflections: 2, feedback: 6));

        var bytes = await RenderAsync(document);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(Renderer.Layout(document).Pages.Count, pdf.NumberOfPages);
        Assert.Equal(document.Metadata.Title, pdf.Information.Title);
        Assert.Equal("Zoë Siân Łukasiewicz-Ó Briain", pdf.Information.Author);
        Assert.Equal(document.Metadata.Subject, pdf.Information.Subject);
        Assert.Contains("7K3QD-9XW2M", pdf.Information.Keywords, StringComparison.Ordinal);
        Assert.StartsWith("D:20250320143000", pdf.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_IsPdfAWithEmbeddedSubsetFonts()
    {
        var bytes = await RenderAsync(PortfolioBuilder.Build(Builders.Input()));

        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("pdfaid:part", raw, StringComparison.Ordinal);
        Assert.Contains("/OutputIntents", raw, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(bytes);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+DejaVuSans", f)); // subset tag + embedded DejaVu
    }

    [Fact]
    public async Task Render_UnicodeNamesPoundSignsAndHashes_ExtractAsWritten()
    {
        var input = SampleRecords.Nmc(activities: 30, reflections: 1, feedback: 5);
        var document = PortfolioBuilder.Build(input with { Options = new PortfolioOptions { Sections = PortfolioTemplates.AvailableSections(PortfolioTemplate.Nmc).ToHashSet() } });

        var bytes = await RenderAsync(document);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        var pdfLetters = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value);

        Assert.Contains("Zoë Siân Łukasiewicz-Ó Briain", text, StringComparison.Ordinal);
        Assert.Contains("£1,250.00", text, StringComparison.Ordinal);
        Assert.Contains("Łukasz Wiśniewski", text, StringComparison.Ordinal);
        var sha = input.Evidence[1].Sha256; // [0] supports a private activity, which is left out
        var letters = string.Concat(pdfLetters);
        Assert.Contains(sha, letters, StringComparison.Ordinal); // wrapped over lines, yet contiguous in reading order
    }

    [Fact]
    public async Task Render_TextReadsInOrder_HeaderBodyFooter()
    {
        var document = PortfolioBuilder.Build(SampleRecords.Nmc(activities: 30, reflections: 1, feedback: 5));

        var bytes = await RenderAsync(document);

        using var pdf = PdfDocument.Open(bytes);
        var page3 = string.Concat(pdf.GetPage(3).Letters.Select(l => l.Value));
        var header = page3.IndexOf("CpdLog", StringComparison.Ordinal);
        var title = page3.IndexOf("Summary of requirements", StringComparison.Ordinal);
        var footer = page3.IndexOf("Page 3 of", StringComparison.Ordinal);
        Assert.True(header >= 0 && header < title && title < footer, page3);
    }

    [Fact]
    public async Task Render_EveryLaidOutLine_IsDrawnWhereLayoutPutItInReadingOrder()
    {
        // Text is batched into one glyph run per font and colour (PageTextBatch): nothing may move or reorder.
        var document = PortfolioBuilder.Build(SampleRecords.Nmc(activities: 30, reflections: 1, feedback: 5) with { OwnerDisplayName = "Zoë “Siân” Łukasz…" });
        var layout = Renderer.Layout(document);

        using var pdf = PdfDocument.Open(await RenderAsync(document));

        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var page = pdf.GetPage(i + 1);
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var at = 0;
            foreach (var t in layout.Pages[i].Texts)
            {
                var expected = string.Concat(t.Text.Where(c => !char.IsWhiteSpace(c)));
                if (expected.Length == 0)
                {
                    continue;
                }

                var drawn = string.Concat(letters.Skip(at).Take(expected.Length).Select(l => l.Value));
                Assert.Equal(expected, drawn);
                var first = letters[at].StartBaseLine;
                var x = t.X + t.Text.TakeWhile(char.IsWhiteSpace).Count(); // no line starts with a space today
                Assert.True(Math.Abs(first.X - x) < 0.001 && Math.Abs(first.Y - (page.Height - t.Baseline)) < 0.001,
                    $"page {i + 1}, '{t.Text}': drawn at ({first.X}, {first.Y}), laid out at ({t.X}, {page.Height - t.Baseline}); page height {page.Height} / {layout.PageHeight}");
                at += expected.Length;
            }

            Assert.Equal(letters.Count, at);
        }
    }

    [Fact]
    public async Task Render_CatalogSaysTheDocumentIsInBritishEnglish()
    {
        var bytes = await RenderAsync(PortfolioBuilder.Build(Builders.Input()));

        using var pdf = PdfDocument.Open(bytes);
        var lang = pdf.Structure.Catalog.CatalogDictionary.Data["Lang"];
        Assert.Equal("en-GB", Assert.IsType<UglyToad.PdfPig.Tokens.StringToken>(lang).Data);
    }

    [Fact]
    public void Layout_TableTextIsAtLeast8Point5AndRunningHeadersAndFootersAtLeast8()
    {
        var layout = Renderer.Layout(PortfolioBuilder.Build(SampleRecords.Nmc(activities: 40, reflections: 2, feedback: 6)));
        var text = layout.Pages.SelectMany(p => p.Elements).OfType<Layout.TextElement>().ToList();

        Assert.All(text.Where(t => t.Role is Layout.ElementRole.TableCell or Layout.ElementRole.TableHeader), t => Assert.True(t.Style.Size >= 8.5f, t.Text));
        Assert.All(text.Where(t => t.Role is Layout.ElementRole.RunningHeader or Layout.ElementRole.Footer), t => Assert.True(t.Style.Size >= 8f, t.Text));
        Assert.Contains(text, t => t.Role == Layout.ElementRole.TableCell);
        Assert.Contains(text, t => t.Role == Layout.ElementRole.Footer);
    }

    [Fact]
    public async Task Render_HasOneBookmarkPerSection_OpeningAtItsPage()
    {
        var document = PortfolioBuilder.Build(SampleRecords.Nmc(activities: 40, reflections: 2, feedback: 6));
        var sections = Renderer.Layout(document).Sections;

        var bytes = await RenderAsync(document);

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.Roots.OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().ToList();
        Assert.Equal(sections.Count, bookmarks.Roots.Count);
        Assert.Equal(sections.Select(s => s.Title), nodes.Select(n => n.Title));
        Assert.Equal(sections.Select(s => s.PageNumber), nodes.Select(n => n.PageNumber));
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("/PageMode /UseOutlines", raw, StringComparison.Ordinal); // the viewer opens the bookmarks pane
        Assert.EndsWith("%%EOF\n", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WithBookmarks_PassesQpdfStructureCheck()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cpdlog-outline-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await RenderAsync(PortfolioBuilder.Build(SampleRecords.Nmc(activities: 40, reflections: 2, feedback: 6))));
        try
        {
            var (exit, output) = await QpdfAsync("--check", path);
            Assert.True(exit == 0, output);
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
            var (_, json) = await QpdfAsync("--json", "--json-key=outlines", path);
            Assert.Contains("\"dest\"", json, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Outline_NotAddedWhenTheFileIsNotAsExpected_ReportsWhy()
    {
        using var output = new MemoryStream();
        var sections = new[] { new Layout.SectionAnchor("CPD log", 3, "section-1") };

        var added = PdfOutline.TryAppend("%PDF-1.4\n% not what Skia writes\n%%EOF\n"u8, 0, output, sections, out var why);

        Assert.False(added);
        Assert.Contains("trailer", why, StringComparison.Ordinal);
        Assert.Equal(0, output.Length); // nothing appended to a file it does not understand
    }

    [Theory]
    [InlineData("trailer\n<</Size 5\n/Root 1 0 R\n/Info 2 0 R\n/ID [<AB> <AB>]>>\nstartxref\n99999\n%%EOF\n", "cross-reference")]
    [InlineData("xref\n0 2\n0000000000 65535 f \n0000099999 00000 n \ntrailer\n<</Size 2\n/Root 1 0 R\n/Info 1 0 R\n/ID [<AB> <AB>]>>\nstartxref\n0\n%%EOF\n", "catalog")]
    [InlineData("trailer\n<</Size 99999999999\n/Root 1 0 R\n/Info 2 0 R\n/ID [<AB> <AB>]>>\nstartxref\n0\n%%EOF\n", "expected form")]
    public void Outline_TrailerOrTablePointingOutsideWhatWasWritten_IsNotAdded(string tail, string reason)
    {
        using var output = new MemoryStream();

        var added = PdfOutline.TryAppend(Encoding.ASCII.GetBytes(tail), 0, output, [new Layout.SectionAnchor("CPD log", 3, "section-1")], out var why);

        Assert.False(added);
        Assert.Contains(reason, why, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Render_ToNonSeekableStream_Works()
    {
        var document = PortfolioBuilder.Build(Builders.Input());
        using var buffer = new MemoryStream();
        await using var forwardOnly = new ForwardOnlyStream(buffer);

        await Renderer.RenderAsync(document, forwardOnly, CancellationToken.None);

        using var pdf = PdfDocument.Open(buffer.ToArray());
        Assert.True(pdf.NumberOfPages >= 3);
    }

    [Fact]
    public async Task Render_CharacterMissingFromEveryFont_DoesNotBreakTheRestOfTheLine()
    {
        var document = PortfolioBuilder.Build(Builders.Input() with { OwnerDisplayName = "Zoë 漢字 Łukasz" });

        var text = await ExtractAsync(document);

        Assert.Contains("Łukasz", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortfolioTemplate.Hcpc, "explanation required")]
    [InlineData(PortfolioTemplate.Generic, "Activity log")]
    public async Task Render_HcpcAndGeneric_ProduceReadablePortfolios(PortfolioTemplate template, string expected)
    {
        var sample = SampleRecords.Nmc(activities: 12, reflections: 2, feedback: 3);
        var input = sample with
        {
            Template = template,
            Registration = new PortfolioRegistration(template == PortfolioTemplate.Hcpc ? "HCPC" : "CIPD", "Body", "X1"),
            Compliance = null,
            SummaryOfPractice = "I am a band 7 physiotherapist.",
            PersonalStatement = "Standard 1: I keep a record.",
        };

        var text = await ExtractAsync(PortfolioBuilder.Build(input));

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_ResolvePreferredFamilyAndReportIt()
    {
        Assert.Equal("DejaVu Sans", Renderer.FontFamily);
        Assert.False(PortfolioFonts.Resolve(["No Such Font Family"]).IsPreferredFamily);
    }

    [Fact]
    public async Task Render_Cancelled_Throws()
    {
        using var output = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Renderer.RenderAsync(PortfolioBuilder.Build(Builders.Input()), output, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Render_CancelledWhileWriting_Throws()
    {
        // Pages are recorded on a second thread while this one writes the PDF: cancelling part-way must stop both.
        using var cancel = new CancellationTokenSource();
        using var output = new CancelAfterFirstWrite(cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Renderer.RenderAsync(PortfolioBuilder.Build(SampleRecords.Nmc(activities: 40)), output, cancel.Token));
    }

    [Fact]
    public async Task Render_KeepsEveryLinkAnnotation()
    {
        var document = PortfolioBuilder.Build(SampleRecords.Nmc(activities: 40, reflections: 2, feedback: 6));
        var layout = Renderer.Layout(document);

        using var pdf = PdfDocument.Open(await RenderAsync(document));

        Assert.Contains(layout.Pages, p => p.Elements.Any(e => e is Layout.LinkElement));
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var expected = layout.Pages[i].Elements.Count(e => e is Layout.LinkElement or Layout.UrlLinkElement);
            var links = pdf.GetPage(i + 1).GetAnnotations()
                .Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
            Assert.Equal(expected, links);
        }
    }

    /// <summary>qpdf is required (the test script installs it); a missing tool fails the test.</summary>
    private static async Task<(int Exit, string Output)> QpdfAsync(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<byte[]> RenderAsync(PortfolioDocument document)
    {
        using var output = new MemoryStream();
        await Renderer.RenderAsync(document, output, CancellationToken.None);
        return output.ToArray();
    }

    private static async Task<string> ExtractAsync(PortfolioDocument document)
    {
        using var pdf = PdfDocument.Open(await RenderAsync(document));
        return string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>Like an HTTP response body: can write, cannot seek or report its length.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    private sealed class CancelAfterFirstWrite(CancellationTokenSource cancel) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            cancel.Cancel();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            cancel.Cancel();
        }
    }
}
