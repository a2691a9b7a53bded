namespace CpdLog.Portfolio.Rendering;

using System.Collections.Concurrent;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Layout;
using SkiaSharp;

/// <summary>
/// Renders a portfolio with SkiaSharp's PDF backend as PDF/A-2b: fonts embedded and subset (by our own
/// <see cref="Fonts.TrueTypeSubsetter"/>, see <see cref="DocumentFontSubsets"/>), text drawn in reading order so it
/// extracts cleanly, document information and XMP metadata set.
/// </summary>
/// <remarks>
/// Skia's PDF writer only appends (it never seeks), so the output of <see cref="RenderAsync"/> may be non-seekable:
/// pages are streamed out as they are drawn (byte counting is done by <see cref="ForwardOnlyOutput"/>). It writes
/// synchronously, though: when the target is an HTTP response body (which rejects synchronous
/// writes by default) render into a <see cref="MemoryStream"/> or file first, which the caller needs anyway to store
/// the SHA-256 of the exact bytes.
/// <para>
/// A render uses two threads: a thread-pool task records each laid-out page into an <see cref="SKPicture"/> (all
/// our drawing code runs there, with the measurer and the subset fonts, which it alone touches) and the calling
/// thread plays the recorded pages, in order, into the one PDF canvas. A finished picture is immutable, so handing
/// it across is safe; the PDF output is the same as drawing on the PDF canvas directly (text stays text, links and
/// destinations are kept).
/// </para>
/// </remarks>
public sealed class SkiaPortfolioRenderer(PortfolioFonts? fonts = null, PageGeometry? geometry = null) : IPortfolioRenderer
{
    private readonly PortfolioFonts _fonts = fonts ?? PortfolioFonts.Default;

    /// <summary>The font family used for text ("DejaVu Sans" when installed).</summary>
    public string FontFamily => _fonts.FamilyName;

    /// <summary>False embeds the whole font files, as Skia does by itself (for tests that compare the two).</summary>
    internal bool SubsetFonts { get; init; } = true;

    public Task RenderAsync(PortfolioDocument document, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ct.ThrowIfCancellationRequested();
        using var measurer = new SkiaTextMeasurer(_fonts);
        var layout = new PortfolioLayoutEngine(measurer, geometry).Layout(document);
        Draw(layout, document.Metadata, output, measurer, SubsetFonts, ct);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The characters of <paramref name="document"/> that no installed font can draw (each once): the user is told
    /// before generating. They would be drawn as a replacement mark, and the PDF would not claim PDF/A.
    /// </summary>
    public IReadOnlyList<string> CannotDraw(PortfolioDocument document) =>
        _fonts.CannotDraw(Layout(document).Pages.SelectMany(p => p.Elements).OfType<TextElement>().Select(t => t.Text));

    /// <summary>Paginates without drawing (for previews, tests and benchmarks).</summary>
    public LaidOutDocument Layout(PortfolioDocument document)
    {
        using var measurer = new SkiaTextMeasurer(_fonts);
        return new PortfolioLayoutEngine(measurer, geometry).Layout(document);
    }

    private static void Draw(LaidOutDocument layout, PortfolioMetadata metadata, Stream output, SkiaTextMeasurer measurer, bool subsetFonts, CancellationToken ct)
    {
        var created = metadata.CreatedAt.UtcDateTime;
        var pdfMetadata = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = metadata.Author,
            Subject = metadata.Subject,
            Keywords = string.Join(", ", metadata.Keywords),
            Creator = "CpdLog",
            Producer = "CpdLog portfolio renderer (SkiaSharp PDF)",
            Creation = created,
            Modified = created,
            // A character drawn as a replacement mark is not the text the file says it is: no PDF/A claim then.
            PdfA = !HasUndrawableText(layout, measurer),
            RasterDpi = 300,
            EncodingQuality = 101,
        };

        // Layout is done, so every string is known: draw with per-document subsets of the faces (Skia would embed
        // the whole font files). Declared before the document so the faces outlive it.
        using var subsets = subsetFonts ? DocumentFontSubsets.Create(layout, measurer) : DocumentFontSubsets.None;
        using var counted = new ForwardOnlyOutput(output);
        using var document = SKDocument.CreatePdf(counted, pdfMetadata);
        try
        {
            // Two stages on two threads: a recorder draws each page into an SKPicture (our drawing loop and Skia's
            // text-to-glyph conversion) while this thread plays the previous pages into the PDF canvas, where Skia
            // does its PDF writing. The queue is bounded so only a few recorded pages are held at once.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var pages = new BlockingCollection<SKPicture>(boundedCapacity: 4);
            var recorder = Task.Run(() => RecordPages(layout, measurer, subsets, pages, stop.Token), CancellationToken.None);
            try
            {
                foreach (var picture in pages.GetConsumingEnumerable(stop.Token))
                {
                    using (picture)
                    {
                        var canvas = document.BeginPage(layout.PageWidth, layout.PageHeight);
                        canvas.DrawPicture(picture);
                        document.EndPage();
                    }
                }
            }
            finally
            {
                // The recorder uses the measurer, the subsets and the queue: let it finish before they are disposed.
                stop.Cancel();
                try
                {
                    recorder.GetAwaiter().GetResult();
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    // Stopped because this thread failed; that exception is the one to report.
                }
                finally
                {
                    while (pages.TryTake(out var left))
                    {
                        left.Dispose();
                    }
                }
            }

            ct.ThrowIfCancellationRequested();
            counted.StartRecording(); // the catalog, fonts, cross-reference table and trailer
            document.Close();
        }
        catch
        {
            document.Abort();
            throw;
        }

        if (layout.Sections.Count > 0 && !PdfOutline.TryAppend(counted.Recorded, counted.RecordingStart, counted, layout.Sections, out var notAdded))
        {
            System.Diagnostics.Trace.TraceWarning($"CpdLog portfolio: no bookmarks added: {notAdded}");
        }
    }

    /// <summary>True when some character of the laid-out text has no font to draw it (see <see cref="PortfolioFonts.CannotDraw"/>).</summary>
    private static bool HasUndrawableText(LaidOutDocument layout, SkiaTextMeasurer measurer) =>
        layout.Pages.SelectMany(p => p.Elements).OfType<TextElement>()
            .Any(t => t.Text.Length > 0 && !measurer.IsPlainLatin(t.Text) && measurer.Shape(t.Text, t.Style).HasReplacement);

    private static void RecordPages(LaidOutDocument layout, SkiaTextMeasurer measurer, DocumentFontSubsets subsets, BlockingCollection<SKPicture> pages, CancellationToken ct)
    {
        try
        {
            using var paint = new SKPaint { IsAntialias = true };
            using var text = new PageTextBatch();
            using var recorder = new SKPictureRecorder();
            var bounds = SKRect.Create(layout.PageWidth, layout.PageHeight);
            foreach (var page in layout.Pages)
            {
                ct.ThrowIfCancellationRequested();
                DrawPage(recorder.BeginRecording(bounds), page, paint, measurer, subsets, text);
                var picture = recorder.EndRecording();
                try
                {
                    pages.Add(picture, ct);
                }
                catch
                {
                    picture.Dispose();
                    throw;
                }
            }
        }
        finally
        {
            pages.CompleteAdding();
        }
    }

    /// <summary>
    /// Draws the page's shapes (fills, rules, the QR code) and annotations in order, then all its text in reading
    /// order, batched into runs by <see cref="PageTextBatch"/>. Text therefore always paints over shapes, which is
    /// what the layout intends (no shape is placed over text).
    /// </summary>
    private static void DrawPage(SKCanvas canvas, LayoutPage page, SKPaint paint, SkiaTextMeasurer measurer, DocumentFontSubsets subsets, PageTextBatch text)
    {
        DrawShapes(canvas, page, paint);
        foreach (var element in page.Elements)
        {
            if (element is not TextElement t || t.Text.Length == 0)
            {
                continue;
            }

            var color = ToColor(t.Style.Color);
            var origin = new SKPoint(t.X, t.Baseline);
            if (measurer.IsPlainLatin(t.Text))
            {
                text.Add(canvas, paint, subsets.FontFor(measurer.FontFor(t.Style)), color, t.Text, 0, t.Text.Length, origin);
            }
            else
            {
                text.AddShaped(canvas, paint, measurer.Shape(t.Text, t.Style), subsets, color, origin);
            }
        }

        text.Flush(canvas, paint);
    }

    private static void DrawShapes(SKCanvas canvas, LayoutPage page, SKPaint paint)
    {
        foreach (var element in page.Elements)
        {
            switch (element)
            {
                case TextElement:
                    break; // drawn after the shapes, below
                case BoxElement b:
                    var rect = SKRect.Create(b.X, b.Y, b.Width, b.Height);
                    if (b.Fill is { } fill)
                    {
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = ToColor(fill);
                        canvas.DrawRect(rect, paint);
                    }

                    if (b.Stroke is { } stroke)
                    {
                        paint.Style = SKPaintStyle.Stroke;
                        paint.StrokeWidth = b.StrokeWidth;
                        paint.Color = ToColor(stroke);
                        canvas.DrawRect(rect, paint);
                    }

                    break;
                case LineElement l:
                    paint.Style = SKPaintStyle.Stroke;
                    paint.StrokeWidth = l.Width;
                    paint.Color = ToColor(l.Color);
                    canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paint);
                    break;
                case PathElement path:
                    DrawPath(canvas, path, paint);
                    break;
                case QrCodeElement q:
                    DrawQr(canvas, q, paint);
                    break;
                case DestinationElement d:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(d.X, d.Y), d.Name);
                    break;
                case LinkElement k:
                    canvas.DrawLinkDestinationAnnotation(SKRect.Create(k.X, k.Y, k.Width, k.Height), k.DestinationName);
                    break;
                case UrlLinkElement u:
                    canvas.DrawUrlAnnotation(SKRect.Create(u.X, u.Y, u.Width, u.Height), u.Url);
                    break;
            }
        }
    }

    private static void DrawPath(SKCanvas canvas, PathElement element, SKPaint paint)
    {
        if (element.Points.Count < 2)
        {
            return;
        }

        using var path = new SKPath();
        path.MoveTo(element.Points[0].X, element.Points[0].Y);
        for (var i = 1; i < element.Points.Count; i++)
        {
            path.LineTo(element.Points[i].X, element.Points[i].Y);
        }

        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = element.Width;
        paint.Color = ToColor(element.Color);
        using var dash = element.Dash > 0 ? SKPathEffect.CreateDash([element.Dash, element.Gap], 0) : null;
        paint.PathEffect = dash;
        canvas.DrawPath(path, paint);
        paint.PathEffect = null;
    }

    private static void DrawQr(SKCanvas canvas, QrCodeElement q, SKPaint paint)
    {
        var matrix = QrMatrix.Create(q.Payload);
        var n = matrix.GetLength(0);
        var module = q.Size / n;
        using var path = new SKPath();
        for (var y = 0; y < n; y++)
        {
            // One rectangle per horizontal run of dark modules keeps the page content small.
            var x = 0;
            while (x < n)
            {
                if (!matrix[y, x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < n && matrix[y, x])
                {
                    x++;
                }

                path.AddRect(SKRect.Create(q.X + (start * module), q.Y + (y * module), (x - start) * module, module));
            }
        }

        paint.Style = SKPaintStyle.Fill;
        paint.Color = SKColors.White;
        canvas.DrawRect(SKRect.Create(q.X, q.Y, q.Size, q.Size), paint);
        paint.Color = SKColors.Black;
        canvas.DrawPath(path, paint);
    }

    private static SKColor ToColor(Rgb c) => new(c.R, c.G, c.B);
}
