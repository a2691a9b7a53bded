namespace CpdLog.IntegrationTests.Archive;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.IntegrationTests.Records;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Two CpdLog instances with separate databases and file stores. The source holds the demo data; its demo manager also
/// gets a record of every type, an evidence file, a record in the bin, a registration with a custom body and a pinned
/// rule version, an issued portfolio and a confirmation signed electronically. <see cref="ArchiveAsync"/> is her export.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private readonly SemaphoreSlim _once = new(1, 1);
    private byte[]? _archive;

    public CpdLogAppFactory Source { get; } = new();

    public CpdLogAppFactory Target { get; } = new();

    public string SourceOwnerId { get; private set; } = "";

    /// <summary>The verification code of the portfolio the source issued to the demo manager.</summary>
    public string PortfolioCode { get; private set; } = "";

    /// <summary>The bytes of the portfolio issued to her, as served.</summary>
    public byte[] PortfolioPdf { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Source).InitializeAsync();
        await ((IAsyncLifetime)Target).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Source).DisposeAsync();
        await ((IAsyncLifetime)Target).DisposeAsync();
    }

    /// <summary>The demo manager's archive from the source (arranged and exported once).</summary>
    public async Task<byte[]> ArchiveAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_archive is null)
            {
                var client = await ArrangeSourceAsync();
                var response = await client.GetAsync("/api/v1/me/archive");
                response.EnsureSuccessStatusCode();
                Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
                _archive = await response.Content.ReadAsByteArrayAsync();
            }

            return _archive;
        }
        finally
        {
            _once.Release();
        }
    }

    public static async Task<HttpClient> LoginAsync(CpdLogAppFactory app, string email, string password)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static MultipartFormDataContent Upload(byte[] archive, string fileName = "archive.zip")
    {
        var file = new ByteArrayContent(archive);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<HttpClient> ArrangeSourceAsync()
    {
        using (var scope = Source.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }

        SourceOwnerId = await Source.UserIdAsync(DemoData.ManagerEmail);
        var client = await LoginAsync(Source, DemoData.ManagerEmail, DemoData.Password);
        foreach (var slug in RecordSamples.Slugs)
        {
            await RecordSamples.CreateAsync(client, slug, $"Archived {slug}");
        }

        // A record in the bin, and evidence on an activity.
        var binned = await RecordSamples.CreateIdAsync(client, "reflections", "Binned reflection");
        (await client.DeleteAsync($"/api/v1/reflections/{binned}")).EnsureSuccessStatusCode();
        var activityId = await RecordSamples.CreateIdAsync(client, "activities", "Activity with evidence");
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var evidence = await client.PostAsync("/api/v1/evidence", new MultipartFormDataContent
        {
            { new StringContent("Activity"), "recordKind" },
            { new StringContent(activityId.ToString()), "recordId" },
            { file, "file", "certificate.pdf" },
        });
        evidence.EnsureSuccessStatusCode();

        // A custom body (defined by the source's admin) and a pinned rule version.
        var admin = await LoginAsync(Source, "admin@demo.cpdlog.local", DemoData.Password);
        (await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "x-ilm", name = "Institute of Leadership", cycleMonths = 12, anchorKind = "CycleStart", requiredHours = 12, requiredReflections = 1 }))
            .EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "X-ILM", registrationNumber = "ILM-77", anchorDate = RecordSamples.Day(-200) }))
            .EnsureSuccessStatusCode();

        // A portfolio issued to her, and a confirmation as an e-mail sign-off would have made it.
        var nmc = await Source.WithDbAsync(db => db.Registrations.SingleAsync(r => r.OwnerId == SourceOwnerId && r.BodyCode == "NMC"));
        var portfolio = await client.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = nmc.Id, includePrivate = true });
        portfolio.EnsureSuccessStatusCode();
        PortfolioCode = portfolio.Headers.GetValues("X-Verification-Code").Single();
        PortfolioPdf = await portfolio.Content.ReadAsByteArrayAsync();
        await Source.WithDbAsync(async db =>
        {
            var confirmation = await RecordTypes.Confirmations.Owned(db, SourceOwnerId).FirstAsync();
            var signOff = await db.SignOffRequests.FirstAsync(r => r.OwnerId == SourceOwnerId);
            signOff.State = Core.SignOffs.SignOffState.Signed;
            signOff.SignerName = "Grace Okafor";
            signOff.SignerRole = "Ward Sister";
            signOff.ClosedAt = DateTimeOffset.UtcNow;
            confirmation.SignOffId = signOff.Id;
            (await db.Registrations.SingleAsync(r => r.Id == nmc.Id)).RuleVersion = "2016-04";
            return await db.SaveChangesAsync();
        });
        return client;
    }
}
