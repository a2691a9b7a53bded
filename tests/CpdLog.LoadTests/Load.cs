namespace CpdLog.LoadTests;

using System.Diagnostics;

/// <summary>Closed-loop load: N connections, each sending its next request as soon as the last one finished.</summary>
internal static class Load
{
    public static HttpClient Client(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        UseCookies = false,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(30),
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Runs <paramref name="send"/> on <paramref name="connections"/> connections; <paramref name="before"/> runs untimed before each.</summary>
    public static async Task<Measurement> RunAsync(
        string name, HttpClient client, int connections, TimeSpan duration, TimeSpan warmUp, Send send, Func<HttpClient, Random, Task>? before = null)
    {
        // Warm-up: same load, not recorded (JIT, pools, caches).
        await LoopAsync(new Measurement(name), client, connections, warmUp, send, before);
        var measurement = new Measurement(name);
        await LoopAsync(measurement, client, connections, duration, send, before);
        Console.WriteLine(measurement.Row() + (measurement.FirstError.Length > 0 ? "  first error: " + measurement.FirstError : ""));
        return measurement;
    }

    private static async Task LoopAsync(Measurement measurement, HttpClient client, int connections, TimeSpan duration, Send send, Func<HttpClient, Random, Task>? before)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        using var stop = new CancellationTokenSource(duration);
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            var random = new Random(i * 7919);
            var times = new List<double>(4096);
            while (!stop.IsCancellationRequested)
            {
                var start = 0L;
                try
                {
                    if (before is not null)
                    {
                        await before(client, random);
                    }

                    start = Stopwatch.GetTimestamp();
                    using var response = await send(client, random, CancellationToken.None);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    Interlocked.Add(ref measurement.Bytes, body.Length);
                    if ((int)response.StatusCode >= 400)
                    {
                        Interlocked.Increment(ref measurement.Errors);
                        measurement.FirstError = measurement.FirstError.Length > 0 ? measurement.FirstError : $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}";
                        continue;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    Interlocked.Increment(ref measurement.Errors);
                    measurement.FirstError = measurement.FirstError.Length > 0 ? measurement.FirstError : e.Message;
                    continue;
                }

                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            measurement.Add(times);
        })).ToList();
        await Task.WhenAll(workers);
        measurement.Elapsed = total.Elapsed;
    }

    public static HttpRequestMessage Page(string path, Session session)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", session.Cookie);
        return request;
    }

    public static HttpRequestMessage Api(HttpMethod method, string path, Session session, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new("Bearer", session.Token);
        return request;
    }
}
