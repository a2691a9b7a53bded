namespace CpdLog.IntegrationTests.Scale;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Scale;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

/// <summary>
/// <c>--seed-scale USERS ACTIVITIES</c>: fills an empty Development database (binary COPY on PostgreSQL, EF batches on
/// SQLite) with accounts that sign in with the known password and are judged like any other; refuses elsewhere.
/// </summary>
public sealed class ScaleSeederTests
{
    [Fact]
    public void SeedScale_Option_ReadsTwoNumbers_AndRefusesAnythingElse()
    {
        var empty = new ConfigurationBuilder().Build();
        Assert.Equal((10_000, 500), StartupOptions.Parse(["--seed-scale", "10000", "500"], empty).SeedScale);
        Assert.Null(StartupOptions.Parse(["--seed-demo"], empty).SeedScale);
        Assert.Throws<ArgumentException>(() => StartupOptions.Parse(["--seed-scale", "10"], empty));
        Assert.Throws<ArgumentException>(() => StartupOptions.Parse(["--seed-scale", "0", "5"], empty));
        Assert.Throws<ArgumentException>(() => StartupOptions.Parse(["--seed-scale", "-3", "5"], empty));
        Assert.Throws<ArgumentException>(() => StartupOptions.Parse(["--seed-scale", "ten", "5"], empty));
    }

    [Fact]
    public async Task OutsideDevelopment_Refuses_AndCreatesNoOne()
    {
        var app = new CpdLogAppFactory(); // the "Testing" environment
        await app.InitializeAsync();
        try
        {
            Assert.Equal(2, await ScaleSeeder.RunAsync(app.Services, 3, 5));
            Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync()));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public async Task Development_EmptyDatabase_SeedsTeamsThatSignInAndAreJudged_ThenRefusesASecondTime()
    {
        var app = new DevelopmentApp();
        await app.InitializeAsync();
        try
        {
            await SeedAndUseAsync(app);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task SeedAndUseAsync(CpdLogAppFactory app)
    {
        Assert.Equal(0, await ScaleSeeder.RunAsync(app.Services, 12, 30));

        var counts = await app.WithDbAsync(async db => (
            Users: await db.Users.CountAsync(),
            Activities: await db.Activities.CountAsync(),
            Registrations: await db.Registrations.CountAsync(),
            Funding: await db.FundingRequests.CountAsync(),
            Stamps: await db.UserDataVersions.CountAsync(v => v.UserId != UserDataVersion.CustomBodiesKey),
            Reports: await db.Users.CountAsync(u => u.LineManagerId != null)));
        Assert.Equal((12, 360, 36, 24, 12, 10), counts);

        // A seeded account signs in with the known password and its records are judged and listed.
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ScaleSeeder.Email(2), password = ScaleSeeder.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var registrations = await client.GetFromJsonAsync<JsonElement>("/api/v1/registrations");
        Assert.Equal(["ACCA", "CIPD", "NMC"], registrations.EnumerateArray().Select(r => r.GetProperty("bodyCode").GetString()).Order());
        var nmc = registrations.EnumerateArray().Single(r => r.GetProperty("bodyCode").GetString() == "NMC").GetProperty("id").GetGuid();
        var compliance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{nmc}/compliance");
        Assert.Equal("NMC", compliance.GetProperty("body").GetString());

        // The record counters continue after the seeded numbers.
        var added = await client.PostAsJsonAsync("/api/v1/activities", new
        {
            title = "After seeding", startDate = "2026-01-05", endDate = "2026-01-05", hours = 2, participatoryHours = 0,
            method = "Workshop", activityType = "FormalEducational", status = "Completed", description = "Written after seeding",
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("A31", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString());

        Assert.Equal(2, await ScaleSeeder.RunAsync(app.Services, 1, 1));
        Assert.Equal(12, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    private sealed class DevelopmentApp : CpdLogAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
