namespace CpdLog.IntegrationTests.Paging;

using System.Net;
using System.Text.RegularExpressions;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static CpdLog.IntegrationTests.Records.PageHelpers;

/// <summary>The CPD log page: paged with the NHS pagination component, searchable and filterable, small at any size.</summary>
public sealed partial class ActivityLogPageTests(CpdLogAppFactory factory, ITestOutputHelper output) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateOnly Today = TimeProvider.System.UkToday();

    [Fact]
    public async Task TwoThousandActivities_PageIsUnder100KB_WithFiftyRowsAndNhsPagination()
    {
        var client = await factory.CreateSignedInFormClientAsync("log-2000@example.nhs.uk");
        await PagingSeed.AddActivitiesAsync(factory, await factory.UserIdAsync("log-2000@example.nhs.uk"), 2000, Today.AddDays(-1));

        var response = await client.Http.GetAsync("/Activities");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var html = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"/Activities with 2,000 activities: {bytes.Length:N0} bytes");
        Assert.True(bytes.Length < 100_000, $"/Activities is {bytes.Length:N0} bytes");
        Assert.Equal(50, RowPattern().Count(html));
        Assert.Contains("Showing 1 to 50 of 2,000 CPD activities", Decode(html), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"activity-count\">2,000", html, StringComparison.Ordinal);
        // Totals cover every page, not only the fifty rows shown.
        Assert.Contains("data-testid=\"total-hours\">4000<", html, StringComparison.Ordinal);
        Assert.Contains("class=\"nhsuk-pagination nhsuk-pagination--numbered\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Activities?page=2\" class=\"nhsuk-pagination__next\" rel=\"next\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Page 40\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("patient-level costing", html, StringComparison.Ordinal);

        var last = await client.GetPageAsync("/Activities?page=40");
        Assert.Contains("Showing 1,951 to 2,000 of 2,000", Decode(last), StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);

        // A page after the last, or nonsense, still shows a page (never a 500).
        Assert.Contains("Showing 1,951 to 2,000", Decode(await client.GetPageAsync("/Activities?page=4000")), StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 50", Decode(await client.GetPageAsync("/Activities?page=abc")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_TextDatesTypeTagPrivate_FindTheRightActivities_AndStayInThePageLinks()
    {
        var client = await factory.CreateSignedInFormClientAsync("log-filters@example.nhs.uk");
        var owner = await factory.UserIdAsync("log-filters@example.nhs.uk");
        await PagingSeed.AddActivitiesAsync(factory, owner, 120, Today.AddDays(-1), (i, a) =>
        {
            a.Title = i % 2 == 0 ? $"Budget clinic {i:D3}" : $"Leadership day {i:D3}";
            a.Description = i % 3 == 0 ? "Covered the HEADROOM model for ward budgets." : PagingSeed.Description;
            a.ActivityType = i % 4 == 0 ? ActivityType.WorkBasedLearning : ActivityType.FormalEducational;
            a.Tags = i % 5 == 0 ? "finance, leadership" : "costing";
            a.IsPrivate = i % 6 == 0;
        });
        var other = await factory.CreateApiClientAsync("log-filters-other@example.nhs.uk");
        await PagingSeed.AddActivitiesAsync(factory, await factory.UserIdAsync("log-filters-other@example.nhs.uk"), 10, Today.AddDays(-1), (_, a) => a.Title = "Budget clinic theirs");

        Assert.Equal(60, Count(await client.GetPageAsync("/Activities?Search=budget+CLINIC")));
        Assert.Equal(40, Count(await client.GetPageAsync("/Activities?Search=headroom")));
        Assert.Equal(30, Count(await client.GetPageAsync("/Activities?ActivityType=WorkBasedLearning")));
        Assert.Equal(24, Count(await client.GetPageAsync("/Activities?Tag=Finance")));
        Assert.Equal(0, Count(await client.GetPageAsync("/Activities?Tag=fin")));
        Assert.Equal(20, Count(await client.GetPageAsync("/Activities?Private=True")));
        Assert.Equal(100, Count(await client.GetPageAsync("/Activities?Private=False")));
        // Ten end dates per day, counting back from yesterday: the last 3 days hold 30 activities.
        Assert.Equal(30, Count(await client.GetPageAsync($"/Activities?From={Today.AddDays(-3):yyyy-MM-dd}&To={Today:yyyy-MM-dd}")));
        // Filters combine: budget clinics (even) of work-based type (multiple of 4) tagged finance (multiple of 5).
        Assert.Equal(6, Count(await client.GetPageAsync("/Activities?Search=budget&ActivityType=WorkBasedLearning&Tag=finance")));

        var filtered = await client.GetPageAsync("/Activities?Search=budget&Private=False");
        Assert.Equal(50, RowPattern().Count(filtered));
        Assert.Contains("href=\"/Activities?Search=budget&amp;Private=False&amp;page=2\"", filtered, StringComparison.Ordinal);
        Assert.Equal("budget", InputValue(filtered, "Search"));
        Assert.Matches("<option value=\"False\" selected>", filtered);
        var second = await client.GetPageAsync("/Activities?Search=budget&Private=False&page=2");
        Assert.Equal(60, Count(filtered));
        Assert.Contains("Showing 51 to 60 of 60", Decode(second), StringComparison.Ordinal);
        Assert.Equal("budget", InputValue(second, "Search"));
        Assert.DoesNotContain("theirs", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountsToward_ShowsOnlyActivitiesInsideThatRegistrationsCurrentCycle()
    {
        var client = await factory.CreateSignedInFormClientAsync("log-cycle@example.nhs.uk");
        var owner = await factory.UserIdAsync("log-cycle@example.nhs.uk");
        // NMC: three-year cycles ending at the renewal month; the page must use the rules' own cycle.
        var renewal = Today.AddDays(100);
        var nmc = await PagingSeed.AddRegistrationAsync(factory, owner, "NMC", "12A3456E", renewal);
        await PagingSeed.AddRegistrationAsync(factory, owner, "CIPD", "C998877", Today.AddMonths(-3));
        var cycleStart = CpdLog.Core.Compliance.BodyCatalogue.Find("NMC")!.GetCycle(renewal, new Dictionary<string, string>(), Today).Start;
        Assert.True(cycleStart < Today.AddDays(-40));
        await PagingSeed.AddActivitiesAsync(factory, owner, 4, Today.AddDays(-1), (i, a) =>
        {
            (a.Title, a.EndDate, a.Status) = i switch
            {
                0 => ("Inside the cycle", Today.AddDays(-30), ActivityStatus.Completed),
                1 => ("First day of the cycle", cycleStart, ActivityStatus.Completed),
                2 => ("Before the cycle", cycleStart.AddDays(-1), ActivityStatus.Completed),
                _ => ("Planned, not done", Today.AddDays(-2), ActivityStatus.Planned),
            };
            a.StartDate = a.EndDate;
        });

        var html = Decode(await client.GetPageAsync($"/Activities?CountsToward={nmc}"));

        Assert.Equal(2, Count(html));
        Assert.Contains("Inside the cycle", html, StringComparison.Ordinal);
        Assert.Contains("First day of the cycle", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Before the cycle", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Planned, not done", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cycle\"", html, StringComparison.Ordinal);
        Assert.Equal(4, Count(await client.GetPageAsync("/Activities")));
    }

    [Fact]
    public async Task BadFilterInput_ShowsTheNhsErrorSummary_NeverA500()
    {
        var client = await factory.CreateSignedInFormClientAsync("log-bad@example.nhs.uk");
        await PagingSeed.AddActivitiesAsync(factory, await factory.UserIdAsync("log-bad@example.nhs.uk"), 3, Today.AddDays(-1));
        var stranger = await factory.CreateApiClientAsync("log-bad-stranger@example.nhs.uk");
        var theirs = await PagingSeed.AddRegistrationAsync(factory, await factory.UserIdAsync("log-bad-stranger@example.nhs.uk"), "NMC", "99Z9999Z", Today.AddDays(200));

        var reversed = await client.Http.GetAsync($"/Activities?From={Today:yyyy-MM-dd}&To={Today.AddDays(-5):yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        var html = await reversed.Content.ReadAsStringAsync();
        Assert.Equal(["The ‘to’ date must be the same as or after the ‘from’ date"], ErrorSummary(html));
        Assert.Equal(Today.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), InputValue(html, "To"));

        Assert.Equal(["From date must be a real date"], ErrorSummary(await client.GetPageAsync("/Activities?From=2025-02-30"))); // NHS date input message
        Assert.Equal(["Select an activity type from the list"], ErrorSummary(await client.GetPageAsync("/Activities?ActivityType=Knitting")));
        Assert.Equal(["Select an option from the list"], ErrorSummary(await client.GetPageAsync("/Activities?Private=maybe")));
        Assert.Equal(["Select one of your registrations"], ErrorSummary(await client.GetPageAsync("/Activities?CountsToward=not-a-guid")));
        // Another user's registration is not a choice: the same message, and nothing of theirs is shown.
        Assert.Equal(["Select one of your registrations"], ErrorSummary(await client.GetPageAsync($"/Activities?CountsToward={theirs}")));
        Assert.Equal(["Enter one tag, without commas"], ErrorSummary(await client.GetPageAsync("/Activities?Tag=a,b")));
        Assert.Equal(["Search words must be 200 characters or fewer"], ErrorSummary(await client.GetPageAsync("/Activities?Search=" + new string('x', 201))));
        Assert.Equal(3, Count(await client.GetPageAsync("/Activities?Private=maybe")));
    }

    [Fact]
    public async Task RecordListPages_ArePagedWithTheSamePartial()
    {
        var client = await factory.CreateSignedInFormClientAsync("log-records@example.nhs.uk");
        await PagingSeed.AddReflectionsAndFeedbackAsync(factory, await factory.UserIdAsync("log-records@example.nhs.uk"), 60, Today.AddDays(-1));

        foreach (var list in new[] { "/Records/Reflections", "/Records/Feedback" })
        {
            var html = Decode(await client.GetPageAsync(list));
            Assert.Contains("Showing 1 to 50 of 60", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{list}?page=2\" class=\"nhsuk-pagination__next\" rel=\"next\">", html, StringComparison.Ordinal);
            Assert.Contains("Showing 51 to 60 of 60", Decode(await client.GetPageAsync(list + "?page=2")), StringComparison.Ordinal);
        }
    }

    /// <summary>How many activities the page says match (the count over every page).</summary>
    private static int Count(string html)
    {
        var match = CountPattern().Match(html);
        return match.Success ? int.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("data-testid=\"activity-count\">([0-9,]+)")]
    private static partial Regex CountPattern();

    [GeneratedRegex("<span data-testid=\"reference\">")]
    private static partial Regex RowPattern();
}
