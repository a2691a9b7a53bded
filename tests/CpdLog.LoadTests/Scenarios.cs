namespace CpdLog.LoadTests;

using System.Globalization;
using System.Net.Http.Json;

internal static class Scenarios
{
    /// <summary>One user (e.g. 3 registrations, 2,000 activities) at N connections.</summary>
    public static async Task<int> SingleUserAsync(Uri baseAddress, string email, string password, int connections, TimeSpan duration, TimeSpan warm, string output, string label)
    {
        var session = await Sessions.SignInAsync(baseAddress, email, password);
        using var client = Load.Client(baseAddress, connections);
        var compliance = $"/api/v1/registrations/{session.RegistrationId}/compliance";
        var results = new List<Measurement>
        {
            await Load.RunAsync($"{label} /health", client, connections, duration, warm, (c, _, ct) => c.GetAsync("/health", ct)),
            await Load.RunAsync($"{label} /health/database (baseline: the database check alone)", client, connections, duration, warm,
                (c, _, ct) => c.GetAsync("/health/database", ct)),
            await Load.RunAsync($"{label} /Dashboard (warm)", client, connections, duration, warm, (c, _, ct) => c.SendAsync(Load.Page("/Dashboard", session), ct)),
            await Load.RunAsync($"{label} compliance API (warm)", client, connections, duration, warm, (c, _, ct) => c.SendAsync(Load.Api(HttpMethod.Get, compliance, session), ct)),
            await Load.RunAsync($"{label} compliance API (cold: first request after a write)", client, connections, duration, warm,
                (c, _, ct) => c.SendAsync(Load.Api(HttpMethod.Get, compliance, session), ct),
                async (c, random) => await WriteAsync(c, session, random)),
            await Load.RunAsync($"{label} /Dashboard (cold: first request after a write)", client, connections, duration, warm,
                (c, _, ct) => c.SendAsync(Load.Page("/Dashboard", session), ct),
                async (c, random) => await WriteAsync(c, session, random)),
            await Load.RunAsync($"{label} /Activities (1 connection)", client, 1, duration, warm, (c, _, ct) => c.SendAsync(Load.Page("/Activities", session), ct)),
        };
        await File.AppendAllLinesAsync(output, results.Select(r => r.Row()));
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    /// <summary>API sign-in of random seeded users (password hashing included), on its own.</summary>
    public static async Task<int> SignInAsync(Uri baseAddress, string password, int users, int connections, TimeSpan duration, TimeSpan warm, string output)
    {
        using var client = Load.Client(baseAddress, connections);
        var m = await Load.RunAsync("sign-in (POST /api/v1/auth/login)", client, connections, duration, warm,
            (c, random, ct) => c.PostAsJsonAsync("/api/v1/auth/login", new { email = Email(random.Next(1, users + 1)), password }, ct));
        await File.AppendAllTextAsync(output, m.Row() + "\n");
        return 0;
    }

    /// <summary>100 random signed-in users (and 10 line managers for the team view) at N connections.</summary>
    public static async Task<int> ScaleAsync(Uri baseAddress, string password, int users, int connections, TimeSpan duration, TimeSpan warm, string output)
    {
        var random = new Random(13);
        var people = await SignInManyAsync(baseAddress, password, Enumerable.Range(0, 100).Select(_ => random.Next(1, users + 1)));
        var managers = await SignInManyAsync(baseAddress, password, Enumerable.Range(0, 10).Select(_ => RandomLineManager(random, users)), lineManagers: true);
        using var client = Load.Client(baseAddress, connections);
        Session Any(Random r) => people[r.Next(people.Count)];
        var results = new List<Measurement>
        {
            await Load.RunAsync("scale /health", client, connections, duration, warm, (c, _, ct) => c.GetAsync("/health", ct)),
            await Load.RunAsync("scale /health/database (baseline)", client, connections, duration, warm, (c, _, ct) => c.GetAsync("/health/database", ct)),
            await Load.RunAsync("scale /Dashboard", client, connections, duration, warm, (c, r, ct) => c.SendAsync(Load.Page("/Dashboard", Any(r)), ct)),
            await Load.RunAsync("scale /Activities (CPD log)", client, connections, duration, warm, (c, r, ct) => c.SendAsync(Load.Page("/Activities", Any(r)), ct)),
            await Load.RunAsync("scale /Team/Overview (line managers)", client, connections, duration, warm,
                (c, r, ct) => c.SendAsync(Load.Page("/Team/Overview", managers[r.Next(managers.Count)]), ct)),
            await Load.RunAsync("scale compliance API", client, connections, duration, warm, (c, r, ct) =>
            {
                var s = Any(r);
                return c.SendAsync(Load.Api(HttpMethod.Get, $"/api/v1/registrations/{s.RegistrationId}/compliance", s), ct);
            }),
        };
        await File.AppendAllLinesAsync(output, results.Select(r => r.Row()));
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    /// <summary>One page as 20 random signed-in users (line managers for the team view), to profile that page alone.</summary>
    public static async Task<int> OnePageAsync(Uri baseAddress, string password, int users, string path, int connections, TimeSpan duration, TimeSpan warm, string output)
    {
        var random = new Random(17);
        var managers = path.StartsWith("/Team", StringComparison.Ordinal);
        var people = await SignInManyAsync(baseAddress, password,
            Enumerable.Range(0, 20).Select(_ => managers ? RandomLineManager(random, users) : random.Next(1, users + 1)), managers);
        // A profiler or CPU sampler can start here: the sign-ins (most of their cost is the password hash) are done.
        await Console.Error.WriteLineAsync("signed in");
        using var client = Load.Client(baseAddress, connections);
        var m = await Load.RunAsync($"page {path}", client, connections, duration, warm, (c, r, ct) => c.SendAsync(Load.Page(path, people[r.Next(people.Count)]), ct));
        await File.AppendAllTextAsync(output, m.Row() + "\n");
        return m.Errors == 0 ? 0 : 1;
    }

    public static string Email(int index) => string.Create(CultureInfo.InvariantCulture, $"scale-{index:D5}@example.nhs.uk");

    /// <summary>The index of a random seeded line manager: the seeder makes teams of ten, each led by its first account.</summary>
    private static int RandomLineManager(Random random, int users) => (random.Next(0, users / 10) * 10) + 1;

    public static async Task<List<Session>> SignInManyAsync(Uri baseAddress, string password, IEnumerable<int> indexes, bool lineManagers = false)
    {
        var sessions = new List<Session>();
        foreach (var index in indexes.Distinct())
        {
            sessions.Add(await Sessions.SignInAsync(baseAddress, Email(index), password, lineManagers));
        }

        return sessions;
    }

    /// <summary>A write to the user's records (a new activity), so the next compliance request is judged afresh.</summary>
    public static async Task WriteAsync(HttpClient client, Session session, Random random)
    {
        using var response = await client.SendAsync(Load.Api(HttpMethod.Post, "/api/v1/activities", session, JsonContent.Create(Activity(random))));
        response.EnsureSuccessStatusCode();
    }

    public static object Activity(Random random)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-random.Next(1, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new
        {
            title = "Load-test activity",
            startDate = day,
            endDate = day,
            hours = random.Next(1, 8) / 2m,
            participatoryHours = 0,
            method = "Workshop",
            activityType = "FormalEducational",
            status = "Completed",
            description = "Written by the load generator.",
        };
    }
}
