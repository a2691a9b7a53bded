namespace CpdLog.IntegrationTests.Paging;

using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Xunit.Abstractions;

/// <summary>
/// No query per row: the dashboard, the CPD log page and the line manager's team view run the same number of SQL
/// commands for someone with 10 records as for someone with 1,000.
/// </summary>
public sealed class SqlCommandCountTests(SqlCountAppFactory factory, ITestOutputHelper output) : IClassFixture<SqlCountAppFactory>
{
    private static readonly DateOnly Today = TimeProvider.System.UkToday();

    [Fact]
    public async Task DashboardCpdLogAndTeamView_RunAsManyCommandsFor1000RecordsAsFor10()
    {
        var small = await PersonAsync("sql-small", 10);
        var large = await PersonAsync("sql-large", 1000);

        foreach (var page in new[] { "/Dashboard", "/Activities", "/Activities?Search=workshop&Tag=costing&Private=False", "/Records/Reflections", "/Records/Qualifications" })
        {
            var (few, many) = (await CountAsync(small.Client, page, "small"), await CountAsync(large.Client, page, "large"));
            Assert.True(few.Count == many.Count, $"{page}: {few.Count} commands with 10 records, {many.Count} with 1,000\n{Diff(few, many)}");
            Assert.True(few.Count > 0, page);
        }

        var (fewTeam, manyTeam) = (await CountAsync(small.Manager, "/Team/Overview", "small"), await CountAsync(large.Manager, "/Team/Overview", "large"));
        Assert.True(fewTeam.Count == manyTeam.Count, $"/Team/Overview: {fewTeam.Count} commands with 10 records per report, {manyTeam.Count} with 1,000\n{Diff(fewTeam, manyTeam)}");
    }

    [Fact]
    public async Task TeamView_WithEveryReportCold_RunsAsManyCommandsForSixReportsAsForTwo()
    {
        var warmUp = await TeamAsync("sql-team-warm", 1);
        var two = await TeamAsync("sql-team-two", 2);
        var six = await TeamAsync("sql-team-six", 6);
        await CountAsync(warmUp, "/Team/Overview", "warm-up");

        // The first request of each manager: no report has a cached judgement yet, so all are loaded together.
        var (few, many) = (await CountOnceAsync(two, "/Team/Overview", "team of two"), await CountOnceAsync(six, "/Team/Overview", "team of six"));
        Assert.True(few.Count == many.Count, $"/Team/Overview cold: {few.Count} commands for 2 reports, {many.Count} for 6\n{Diff(few, many)}");
        Assert.True(few.Count > 0);
    }

    /// <summary>A line manager with <paramref name="reports"/> reports, each with an NMC registration and 5 activities, none judged yet.</summary>
    private async Task<FormClient> TeamAsync(string name, int reports)
    {
        var manager = await factory.CreateSignedInFormClientAsync($"{name}-manager@example.nhs.uk", Roles.LineManager);
        var managerId = await factory.UserIdAsync($"{name}-manager@example.nhs.uk");
        for (var i = 0; i < reports; i++)
        {
            var email = $"{name}-{i}@example.nhs.uk";
            await factory.CreateSignedInFormClientAsync(email);
            var id = await factory.UserIdAsync(email);
            await factory.WithDbAsync(async db =>
            {
                (await db.Users.FindAsync(id))!.LineManagerId = managerId;
                return await db.SaveChangesAsync();
            });
            await PagingSeed.AddRegistrationAsync(factory, id, "NMC", "12A3456E", Today.AddDays(200));
            await PagingSeed.AddActivitiesAsync(factory, id, 5, Today.AddDays(-1), (n, a) => a.Title = $"Team workshop {n}");
        }

        return manager;
    }

    /// <summary>The commands of one request.</summary>
    private async Task<IReadOnlyList<string>> CountOnceAsync(FormClient client, string url, string who)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(SqlCommandCounter.Header, $"{who} {url}");
        var response = await client.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        var commands = factory.Counter.CommandsOf($"{who} {url}");
        output.WriteLine($"{who} {url}: {commands.Count} SQL commands");
        return commands;
    }

    /// <summary>A person with two registrations and <paramref name="records"/> activities, reflections and feedback each; and their line manager with two such reports.</summary>
    private async Task<(FormClient Client, FormClient Manager)> PersonAsync(string name, int records)
    {
        var manager = await factory.CreateSignedInFormClientAsync($"{name}-manager@example.nhs.uk", Roles.LineManager);
        var managerId = await factory.UserIdAsync($"{name}-manager@example.nhs.uk");
        FormClient? first = null;
        for (var i = 0; i < 2; i++)
        {
            var email = $"{name}-{i}@example.nhs.uk";
            var client = await factory.CreateSignedInFormClientAsync(email);
            first ??= client;
            var id = await factory.UserIdAsync(email);
            await factory.WithDbAsync(async db =>
            {
                (await db.Users.FindAsync(id))!.LineManagerId = managerId;
                return await db.SaveChangesAsync();
            });
            await PagingSeed.AddRegistrationAsync(factory, id, "NMC", "12A3456E", Today.AddDays(200));
            await PagingSeed.AddRegistrationAsync(factory, id, "HCPC", "PA12345", Today.AddDays(300));
            await PagingSeed.AddActivitiesAsync(factory, id, records, Today.AddDays(-1), (n, a) => a.Title = $"Costing workshop {n}");
            await PagingSeed.AddReflectionsAndFeedbackAsync(factory, id, records, Today.AddDays(-1));
            await AddQualificationsAsync(id, records / 10);
        }

        return (first!, manager);
    }

    /// <summary><paramref name="count"/> qualifications in progress with three modules each (the dashboard card and the list load them in one query).</summary>
    private Task AddQualificationsAsync(string ownerId, int count) => factory.WithDbAsync(db =>
    {
        var now = DateTimeOffset.UtcNow;
        for (var n = 0; n < count; n++)
        {
            db.Qualifications.Add(new Qualification
            {
                OwnerId = ownerId,
                Title = $"CIPFA PQ {n}",
                AwardingBody = "CIPFA",
                StartDate = Today.AddDays(-100),
                ExpectedCompletionDate = Today.AddDays(100 - n),
                Status = QualificationStatus.InProgress,
                CreditsNeeded = 60,
                Modules = [.. Enumerable.Range(1, 3).Select(m => new QualificationModule { Title = $"Module {m}", Credits = 20, Result = m == 1 ? ModuleResult.Pass : ModuleResult.Pending })],
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        return db.SaveChangesAsync();
    });

    /// <summary>The commands of the second of two identical requests (the first warms caches and the sign-in cookie).</summary>
    private async Task<IReadOnlyList<string>> CountAsync(FormClient client, string url, string who)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(SqlCommandCounter.Header, $"{who} {url} {attempt}");
            var response = await client.Http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        }

        var commands = factory.Counter.CommandsOf($"{who} {url} 1");
        output.WriteLine($"{who} {url}: {commands.Count} SQL commands");
        return commands;
    }

    private static string Diff(IReadOnlyList<string> few, IReadOnlyList<string> many) =>
        string.Join("\n---\n", many.Except(few).Concat(few.Except(many)).Take(5));
}
