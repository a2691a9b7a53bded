namespace CpdLog.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Rendering;
using SkiaSharp;

public static class Scenarios
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The whole pipeline: records → PortfolioDocument → layout → PDF bytes.</summary>
    public static ScenarioResult Portfolio(BenchOptions options)
    {
        var input = SampleRecords.Nmc();
        var renderer = new SkiaPortfolioRenderer();
        var pages = 0;
        long bytes = 0;
        var (times, warmUp) = TimeWarm(options.Iterations, () =>
        {
            var document = PortfolioBuilder.Build(input);
            using var output = new MemoryStream();
            renderer.RenderAsync(document, output, CancellationToken.None).GetAwaiter().GetResult();
            bytes = output.Length;
            if (pages == 0)
            {
                pages = renderer.Layout(document).Pages.Count;
                File.WriteAllBytes(Path.Combine(options.OutDir, "portfolio.pdf"), output.ToArray());
            }
        });
        // CPU time per render (both threads), which a machine shared with other work disturbs far less than wall time.
        var cpu = new double[options.Iterations];
        using (var self = Process.GetCurrentProcess())
        {
            for (var i = 0; i < cpu.Length; i++)
            {
                self.Refresh();
                var before = self.TotalProcessorTime;
                var built = PortfolioBuilder.Build(input);
                using var output = new MemoryStream();
                renderer.RenderAsync(built, output, CancellationToken.None).GetAwaiter().GetResult();
                self.Refresh();
                cpu[i] = (self.TotalProcessorTime - before).TotalMilliseconds;
            }
        }

        // Where the time goes: the same pipeline in stages (median of the warm runs).
        var build = Time(options.Iterations, () => PortfolioBuilder.Build(input));
        var document = PortfolioBuilder.Build(input);
        var layout = Time(options.Iterations, () => renderer.Layout(document));
        var notes = string.Create(CultureInfo.InvariantCulture,
            $"font {renderer.FontFamily}; {warmUp}; CPU per render median {ScenarioResult.Median(cpu):0} ms (min {cpu.Min():0}); stages: build {ScenarioResult.Median(build):0.0} ms, build+layout {ScenarioResult.Median(build) + ScenarioResult.Median(layout):0} ms, rest is drawing + PDF writing");
        return Result("portfolio (build + layout + Skia PDF)", times, pages, bytes, notes);
    }

    /// <summary>
    /// The ceiling: Skia writing the same text lines (taken from the real layout beforehand) at naive positions,
    /// with no measuring, wrapping or pagination logic. Same PDF/A settings and font, but one face only and no
    /// subsetting: this SkiaSharp build embeds the whole font file (0.76 MB of DejaVu Sans, deflated per document),
    /// which the portfolio avoids with its own subsetter. Kept that way on purpose: it is "raw Skia".
    /// </summary>
    public static ScenarioResult Ceiling(BenchOptions options)
    {
        var layout = new SkiaPortfolioRenderer().Layout(PortfolioBuilder.Build(SampleRecords.Nmc()));
        var lines = layout.Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToArray();
        var linesPerPage = (int)Math.Ceiling(lines.Length / (double)layout.Pages.Count);
        var fonts = PortfolioFonts.Default;
        long bytes = 0;
        var (times, warmUp) = TimeWarm(options.Iterations, () =>
        {
            using var output = new MemoryStream();
            using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = "ceiling", PdfA = true, Creation = DateTime.UnixEpoch }))
            // The same font settings as the renderer (unhinted, linear metrics), so the ceiling is a fair one.
            using (var font = new SKFont(fonts.Regular, 8) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true })
            using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
            {
                for (var i = 0; i < lines.Length; i += linesPerPage)
                {
                    var canvas = document.BeginPage(layout.PageWidth, layout.PageHeight);
                    // Every line lands on the page (Skia drops text drawn off the page, which would flatter the ceiling).
                    var y = 50f;
                    var step = (layout.PageHeight - 100f) / linesPerPage;
                    for (var j = i; j < Math.Min(i + linesPerPage, lines.Length); j++)
                    {
                        canvas.DrawText(lines[j], 45, y, SKTextAlign.Left, font, paint);
                        y += step;
                    }

                    document.EndPage();
                }

                document.Close();
            }

            bytes = output.Length;
        });
        return Result("ceiling (raw Skia: same lines, no layout, no subsetting)", times, layout.Pages.Count, bytes, $"{lines.Length} lines; {warmUp}");
    }

    /// <summary>Chromium headless printing an equivalent HTML page (same content, CSS paged media).</summary>
    public static async Task<ScenarioResult> ChromiumAsync(BenchOptions options)
    {
        var html = Path.Combine(options.OutDir, "portfolio.html");
        await File.WriteAllTextAsync(html, SampleRecords.ToHtml(PortfolioBuilder.Build(SampleRecords.Nmc())));
        var pdf = Path.Combine(options.OutDir, "chromium.pdf");
        long peak = 0;
        var times = new List<double>();
        for (var i = 0; i < options.Iterations + 1; i++)
        {
            var profile = Directory.CreateTempSubdirectory("cpdlog-chromium-");
            File.Delete(pdf);
            var start = new ProcessStartInfo(ChromiumPath) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(a);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            while (!process.HasExited)
            {
                peak = Math.Max(peak, TreeRss(process.Id));
                await Task.Delay(10);
            }

            await process.WaitForExitAsync();
            await drain;
            times.Add(watch.Elapsed.TotalMilliseconds);
            profile.Delete(recursive: true);
        }

        var pages = CountPdfPages(pdf);
        return new ScenarioResult("chromium --print-to-pdf (equivalent HTML)", times[0], [.. times.Skip(1)], peak, pages, new FileInfo(pdf).Length,
            "peak = sampled RSS sum of the Chromium process tree (10 ms)");
    }

    /// <summary>
    /// The first (cold) run, then unmeasured warm-up runs until the tiered JIT has settled (no method compiled or
    /// recompiled over five runs in a row; at least 20, at most 200 runs), as BenchmarkDotNet warms up before it
    /// measures; then <paramref name="iterations"/> measured warm runs. Without this, "warm" runs 2 to 30 run partly
    /// on unoptimised or instrumented (tier-0, PGO) code and are 10 to 40% slower than the steady state a long-running
    /// server reaches after its first few dozen portfolios.
    /// </summary>
    private static (double[] Times, WarmUp WarmUp) TimeWarm(int iterations, Action action)
    {
        var cold = Time(1, action)[0];
        var warmUp = new List<double>();
        var stableRuns = 0;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (warmUp.Count < 200 && (warmUp.Count < 20 || stableRuns < 5))
        {
            var watch = Stopwatch.StartNew();
            action();
            warmUp.Add(watch.Elapsed.TotalMilliseconds);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            stableRuns = now == compiled ? stableRuns + 1 : 0;
            compiled = now;
        }

        return ([cold, .. Time(iterations, action)], new WarmUp(warmUp.Count, ScenarioResult.Median([.. warmUp.Take(10)]), ScenarioResult.Median([.. warmUp.Skip(10).Take(10)])));
    }

    /// <summary>How many unmeasured runs the JIT took to settle, and how fast the first of them were (what a freshly started service sees).</summary>
    private sealed record WarmUp(int Runs, double FirstTenMedian, double NextTenMedian)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Runs} warm-up runs (medians of runs 2-11: {FirstTenMedian:0} ms, 12-21: {NextTenMedian:0} ms)");
    }

    private static double[] Time(int runs, Action action)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return times;
    }

    private static ScenarioResult Result(string name, double[] times, int pages, long bytes, string notes)
    {
        using var self = Process.GetCurrentProcess();
        return new ScenarioResult(name, times[0], times[1..], self.PeakWorkingSet64, pages, bytes, notes + "; peak = process VmHWM");
    }

    /// <summary>Resident memory of a process and all its descendants, from /proc.</summary>
    private static long TreeRss(int root)
    {
        var children = new Dictionary<int, List<int>>();
        var rss = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var ppid = 0;
                foreach (var line in File.ReadLines(Path.Combine(dir, "status")))
                {
                    if (line.StartsWith("PPid:", StringComparison.Ordinal))
                    {
                        ppid = int.Parse(line[5..].Trim(), CultureInfo.InvariantCulture);
                    }
                    else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    {
                        rss[pid] = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                    }
                }

                if (!children.TryGetValue(ppid, out var list))
                {
                    children[ppid] = list = [];
                }

                list.Add(pid);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        long total = 0;
        var stack = new Stack<int>([root]);
        while (stack.Count > 0)
        {
            var pid = stack.Pop();
            total += rss.GetValueOrDefault(pid);
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                stack.Push(child);
            }
        }

        return total;
    }

    private static int CountPdfPages(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path));
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page[^s]");
    }
}
