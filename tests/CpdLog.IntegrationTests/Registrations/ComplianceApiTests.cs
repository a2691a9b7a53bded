namespace CpdLog.IntegrationTests.Registrations;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;

public sealed class ComplianceApiTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    // NMC renewal 30 June 2027: cycle 1 July 2024 – 30 June 2027, application due 1 June 2027.
    private const string Renewal = "2027-06-30";

    [Fact]
    public async Task Nmc_35HoursWith20Participatory_CpdRequirementsMet()
    {
        var (client, id, owner) = await NmcAsync("met-35@example.nhs.uk");
        await AddActivitiesAsync(owner, (new DateOnly(2025, 3, 1), 20m, 20m), (new DateOnly(2026, 2, 1), 15m, 0m));

        var result = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance?asOf=2026-11-23");

        var hours = Requirement(result, "cpd-hours");
        Assert.Equal(35m, hours.GetProperty("achieved").GetDecimal());
        Assert.True(hours.GetProperty("met").GetBoolean());
        Assert.Equal("met", hours.GetProperty("status").GetString());
        Assert.Equal("required", hours.GetProperty("severity").GetString());
        Assert.Equal("Nothing more to do.", hours.GetProperty("nextStep").GetString());
        Assert.True(Requirement(result, "participatory-hours").GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task Nmc_34Point75Hours_NotMetWithNextStep()
    {
        var (client, id, owner) = await NmcAsync("short-3475@example.nhs.uk");
        await AddActivitiesAsync(owner, (new DateOnly(2025, 3, 1), 20m, 20m), (new DateOnly(2026, 2, 1), 14.75m, 0m));

        var result = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance?asOf=2026-11-23");

        Assert.Equal("NMC", result.GetProperty("body").GetString());
        Assert.Equal("2016-04", result.GetProperty("ruleVersion").GetString());
        Assert.Equal("2024-07-01", result.GetProperty("cycleStart").GetString());
        Assert.Equal("2027-06-30", result.GetProperty("cycleEnd").GetString());
        Assert.Equal("2027-06-01", result.GetProperty("deadline").GetString());
        Assert.Equal(190, result.GetProperty("daysLeft").GetInt32());
        Assert.False(result.GetProperty("met").GetBoolean());
        var hours = Requirement(result, "cpd-hours");
        Assert.Equal(34.75m, hours.GetProperty("achieved").GetDecimal());
        Assert.Equal(35m, hours.GetProperty("required").GetDecimal());
        Assert.Equal("hours", hours.GetProperty("unit").GetString());
        Assert.Equal("on-track", hours.GetProperty("status").GetString()); // issue 14: 34.75 of 35 with 190 days left (was "not-met")
        Assert.Equal(42.28m, hours.GetProperty("projected").GetDecimal()); // 34.75 × 1066 days ÷ 876 begun
        Assert.Equal("Log 0.25 more CPD hours before 1 June 2027.", hours.GetProperty("nextStep").GetString());
    }

    [Fact]
    public async Task AsOf_LeavesOutLaterActivitiesAndPicksTheCycle()
    {
        var (client, id, owner) = await NmcAsync("asof@example.nhs.uk");
        // 1 June 2024 is the previous cycle's application date: the last day its records count without a submission date.
        await AddActivitiesAsync(owner, (new DateOnly(2024, 6, 1), 5m, 0m), (new DateOnly(2025, 1, 10), 7m, 0m), (new DateOnly(2025, 5, 1), 3m, 0m));

        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance?asOf=2025-02-01");
        var previous = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance?asOf=2024-06-30");

        Assert.Equal(7m, Requirement(before, "cpd-hours").GetProperty("achieved").GetDecimal());
        Assert.Equal("2021-07-01", previous.GetProperty("cycleStart").GetString());
        Assert.Equal("2024-06-30", previous.GetProperty("cycleEnd").GetString());
        Assert.Equal(5m, Requirement(previous, "cpd-hours").GetProperty("achieved").GetDecimal());
    }

    [Fact]
    public async Task AsOf_DefaultsToTodayFromTheClock()
    {
        // Frozen before sign-in: the bearer token's lifetime runs on the same clock.
        factory.Now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        try
        {
            var (client, id, _) = await NmcAsync("today@example.nhs.uk");
            var result = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance");

            Assert.Equal(190, result.GetProperty("daysLeft").GetInt32());
        }
        finally
        {
            factory.Now = null;
        }
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    [InlineData("23/11/2026")]
    public async Task AsOf_Malformed_Returns400ProblemDetails(string asOf)
    {
        var (client, id, _) = await NmcAsync($"bad-asof-{Guid.NewGuid():N}@example.nhs.uk");

        var response = await client.GetAsync($"/api/v1/registrations/{id}/compliance?asOf={asOf}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("asOf", out _));
    }

    [Fact]
    public async Task OneActivity_CountsTowardEveryRegistrationItFallsIn_BinnedAndPlannedDoNot()
    {
        var (client, nmcId, owner) = await NmcAsync("both@example.nhs.uk");
        var hcpc = await client.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "HCPC", registrationNumber = "CS1", anchorDate = "2027-08-31" });
        var hcpcId = (await hcpc.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await AddActivitiesAsync(owner, (new DateOnly(2026, 1, 15), 6m, 6m));
        await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Activities.Add(new CpdActivity { OwnerId = owner, Title = "Binned", StartDate = new(2026, 2, 1), EndDate = new(2026, 2, 1), Hours = 50, DeletedAt = now, CreatedAt = now });
            db.Activities.Add(new CpdActivity { OwnerId = owner, Title = "Planned", StartDate = new(2026, 3, 1), EndDate = new(2026, 3, 1), Hours = 50, Status = ActivityStatus.Planned, CreatedAt = now });
            return await db.SaveChangesAsync();
        });

        var nmc = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{nmcId}/compliance?asOf=2026-11-23");
        var hcpcResult = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{hcpcId}/compliance?asOf=2026-11-23");

        Assert.Equal(6m, Requirement(nmc, "cpd-hours").GetProperty("achieved").GetDecimal());
        Assert.Equal(1m, Requirement(hcpcResult, "activity-count").GetProperty("achieved").GetDecimal());
        Assert.Equal("advisory", Requirement(hcpcResult, "activity-count").GetProperty("severity").GetString());
        Assert.Equal("warning", Requirement(hcpcResult, "activity-count").GetProperty("status").GetString());
    }

    private static JsonElement Requirement(JsonElement result, string code) =>
        result.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    private async Task<(HttpClient Client, Guid Id, string OwnerId)> NmcAsync(string email)
    {
        var client = await factory.CreateApiClientAsync(email);
        var created = await client.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "NMC", registrationNumber = "12A3456E", anchorDate = Renewal });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (client, id, await factory.UserIdAsync(email));
    }

    private Task AddActivitiesAsync(string ownerId, params (DateOnly End, decimal Hours, decimal Participatory)[] activities) =>
        factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var (end, hours, participatory) in activities)
            {
                db.Activities.Add(new CpdActivity
                {
                    OwnerId = ownerId,
                    Title = $"Course ending {end:yyyy-MM-dd}",
                    StartDate = end,
                    EndDate = end,
                    Hours = hours,
                    ParticipatoryHours = participatory,
                    ActivityType = ActivityType.FormalEducational,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }

            return await db.SaveChangesAsync();
        });
}
