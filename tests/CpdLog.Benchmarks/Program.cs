using CpdLog.Benchmarks;
using CpdLog.Core.Portfolio;
using CpdLog.Portfolio.Rendering;

var input = SampleRecords.Nmc();
var document = PortfolioBuilder.Build(input);
var renderer = new SkiaPortfolioRenderer();
var path = args.Length > 0 ? args[0] : "/tmp/nmc.pdf";
await using (var file = File.Create(path))
{
    await renderer.RenderAsync(document, file, CancellationToken.None);
}

Console.WriteLine($"{path} font={renderer.FontFamily}");
