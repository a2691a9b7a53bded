namespace CpdLog.IntegrationTests;

using System.Net;
using System.Net.Http.Json;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class SmokeTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task HomePage_Anonymous_RendersWithNhsStyles()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("nhsuk-frontend.min.css", html);
        Assert.Contains("Sign in", html);
    }

    [Fact]
    public async Task Api_WithoutToken_Returns401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/registrations");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_Anonymous_ReportsTheDatabaseAndThePortfolioFont()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var health = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("Healthy", checks["database"].GetProperty("status").GetString());
        Assert.Equal(CpdLogAppFactory.UsePostgres ? "PostgreSQL reachable" : "SQLite reachable", checks["database"].GetProperty("description").GetString());
        Assert.Equal("DejaVu Sans", checks["portfolio-fonts"].GetProperty("description").GetString()); // the test script installs it
    }

    [Fact]
    public async Task HealthDatabase_Anonymous_RunsTheDatabaseCheckAlone()
    {
        var response = await factory.CreateClient().GetAsync("/health/database");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var check = Assert.Single(health.GetProperty("checks").EnumerateArray());
        Assert.Equal("database", check.GetProperty("name").GetString());
        Assert.Equal(CpdLogAppFactory.UsePostgres ? "PostgreSQL reachable" : "SQLite reachable", check.GetProperty("description").GetString());
    }

    [Fact]
    public async Task HealthDatabaseCheck_DatabaseThatCannotBeOpened_IsUnhealthy()
    {
        var options = new DbContextOptionsBuilder<CpdLog.Data.CpdLogDbContext>()
            .UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "x.db")};Mode=ReadOnly")
            .Options;
        await using var db = new CpdLog.Data.CpdLogDbContext(options);

        var result = await new CpdLog.Web.Infrastructure.HealthSetup.DatabaseHealthCheck(db)
            .CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status); // GET /health then answers 503
    }

    [Fact]
    public async Task HealthDataFolderCheck_UnwritableFolder_IsUnhealthy()
    {
        // A file where the folder should be cannot be written into, even by root (which ignores file modes).
        var notAFolder = Path.Combine(factory.DataPath, "not-a-folder");
        await File.WriteAllTextAsync(notAFolder, "x");
        var config = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(new Microsoft.Extensions.Configuration.ConfigurationBuilder(),
            new Dictionary<string, string?> { ["Storage:DataPath"] = notAFolder }).Build();
        var writable = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(new Microsoft.Extensions.Configuration.ConfigurationBuilder(),
            new Dictionary<string, string?> { ["Storage:DataPath"] = factory.DataPath }).Build();

        var bad = await new CpdLog.Web.Infrastructure.DataFolderHealthCheck(config).CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
        var good = await new CpdLog.Web.Infrastructure.DataFolderHealthCheck(writable).CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, bad.Status); // GET /health then answers 503
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, good.Status);
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAnonymously()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");

        Assert.Equal("3.1.1", doc.GetProperty("openapi").GetString());
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/auth/login", out _));
    }

    [Fact]
    public async Task Register_WeakPassword_ReturnsProblemDetailsWithFieldErrors()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = "weak@example.nhs.uk", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("PasswordTooShort", out _));
    }

    [Fact]
    public async Task SignIn_ThroughLoginPage_SetsCookieAndReachesDashboard()
    {
        var client = await factory.CreateSignedInFormClientAsync("smoke-signin@example.nhs.uk");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongPasswordFiveTimes_LocksTheAccount()
    {
        var email = "lockout@example.nhs.uk";
        await factory.CreateApiClientAsync(email);
        var client = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));

        string html = "";
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "Wrong-Password-1" });
            html = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("locked", html);
    }

    [Fact]
    public async Task Database_MigrationsCoverTheWholeModel()
    {
        // A model change without a migration for this provider would fail here (and the other provider's run).
        var (applied, pending) = await factory.WithDbAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).Count(), db.Database.HasPendingModelChanges()));

        Assert.True(applied > 0);
        Assert.False(pending);
    }
}
