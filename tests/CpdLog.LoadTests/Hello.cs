namespace CpdLog.LoadTests;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>The bare ASP.NET Core baseline: one minimal-API route returning "Hello World!".</summary>
internal static class Hello
{
    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/", () => "Hello World!");
        await app.RunAsync();
    }
}
