namespace CpdLog.LoadTests;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// Open-loop mixed soak at a fixed rate: reads (dashboard, compliance API, CPD log), writes (add an activity, bin an
/// earlier one) and portfolio renders, from random signed-in users; samples the server's resident memory.
/// </summary>
internal static class Soak
{
    public static async Task<int> RunAsync(Uri baseAddress, string password, int users, int rate, TimeSpan duration, TimeSpan warmUp, int pid, string output)
    {
        var random = new Random(29);
        var people = await Scenarios.SignInManyAsync(baseAddress, password, Enumerable.Range(0, 50).Select(_ => random.Next(1, users + 1)));
        using var client = Load.Client(baseAddress, 100);
        var created = new ConcurrentQueue<(Session Session, Guid Id)>();
        var kinds = new ConcurrentDictionary<string, long>();
        long errors = 0, sent = 0;
        var firstError = "";
        var samples = new List<(double Seconds, long Rss)>();
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = warmUp + duration;
        var nextSample = TimeSpan.Zero;
        for (long i = 0; clock.Elapsed < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            if (clock.Elapsed >= nextSample)
            {
                samples.Add((clock.Elapsed.TotalSeconds, Rss(pid)));
                nextSample += TimeSpan.FromSeconds(5);
            }

            var session = people[random.Next(people.Count)];
            var kind = (i % 100) switch
            {
                0 => "portfolio",
                < 25 => i % 2 == 0 ? "write-add" : "write-bin",
                < 50 => "dashboard",
                < 75 => "compliance",
                _ => "cpd-log",
            };
            var seed = random.Next();
            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count >= 200)
            {
                Interlocked.Increment(ref errors);
                firstError = firstError.Length > 0 ? firstError : "more than 200 requests in flight";
                continue;
            }

            Interlocked.Increment(ref sent);
            kinds.AddOrUpdate(kind, 1, (_, n) => n + 1);
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    using var response = await SendAsync(client, session, kind, new Random(seed), created);
                    await response.Content.ReadAsByteArrayAsync();
                    if ((int)response.StatusCode >= 400)
                    {
                        Interlocked.Increment(ref errors);
                        firstError = firstError.Length > 0 ? firstError : $"{(int)response.StatusCode} {kind}";
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
                {
                    Interlocked.Increment(ref errors);
                    firstError = firstError.Length > 0 ? firstError : $"{kind}: {e.Message}";
                }
            }));
        }

        await Task.WhenAll(inFlight);
        samples.Add((clock.Elapsed.TotalSeconds, Rss(pid)));
        var afterWarmUp = samples.First(s => s.Seconds >= warmUp.TotalSeconds).Rss;
        var peak = samples.Where(s => s.Seconds >= warmUp.TotalSeconds).Max(s => s.Rss);
        var end = samples[^1].Rss;
        var inv = CultureInfo.InvariantCulture;
        var report = string.Create(inv,
            $"soak: {rate} req/s for {duration.TotalMinutes:0.#} min after {warmUp.TotalSeconds:0} s warm-up; {sent} requests " +
            $"({string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}); errors {errors}{(firstError.Length > 0 ? " (first: " + firstError + ")" : "")}; " +
            $"RSS at start {samples[0].Rss / 1024.0:0} MB, after warm-up {afterWarmUp / 1024.0:0} MB, peak {peak / 1024.0:0} MB, end {end / 1024.0:0} MB " +
            $"(end = {100.0 * end / afterWarmUp:0}% of after warm-up)");
        Console.WriteLine(report);
        await File.AppendAllTextAsync(output, report + "\n\nRSS samples (s, MB): " +
            string.Join(" ", samples.Select(s => string.Create(inv, $"{s.Seconds:0}:{s.Rss / 1024.0:0}"))) + "\n");
        return errors == 0 ? 0 : 1;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Session session, string kind, Random random, ConcurrentQueue<(Session, Guid)> created)
    {
        switch (kind)
        {
            case "portfolio":
                return await client.SendAsync(Load.Api(HttpMethod.Post, "/api/v1/portfolios", session,
                    JsonContent.Create(new { registrationId = session.RegistrationId })));
            case "write-add":
            {
                var response = await client.SendAsync(Load.Api(HttpMethod.Post, "/api/v1/activities", session, JsonContent.Create(Scenarios.Activity(random))));
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    created.Enqueue((session, body.GetProperty("id").GetGuid()));
                }

                return response;
            }

            case "write-bin" when created.TryDequeue(out var earlier):
                return await client.SendAsync(Load.Api(HttpMethod.Delete, $"/api/v1/activities/{earlier.Item2}", earlier.Item1));
            case "dashboard":
            case "write-bin":
                return await client.SendAsync(Load.Page("/Dashboard", session));
            case "compliance":
                return await client.SendAsync(Load.Api(HttpMethod.Get, $"/api/v1/registrations/{session.RegistrationId}/compliance", session));
            default:
                return await client.SendAsync(Load.Page("/Activities", session));
        }
    }

    /// <summary>Resident set size of <paramref name="pid"/> in KB (VmRSS from /proc).</summary>
    private static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
