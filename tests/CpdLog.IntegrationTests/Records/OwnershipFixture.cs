namespace CpdLog.IntegrationTests.Records;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// User B owns one live and one binned record of every type, plus evidence. User A (signed in, with records of
/// their own) tries every route against them. The fixture seeds once; each route is its own test case.
/// </summary>
public sealed class OwnershipFixture : CpdLogAppFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Seeded? _seeded;

    public sealed record Seeded(
        HttpClient OwnerApi,
        FormClient OwnerPages,
        HttpClient IntruderApi,
        FormClient IntruderPages,
        Dictionary<string, Guid> Live,
        Dictionary<string, Guid> Binned,
        Guid Evidence,
        Guid BinnedEvidence,
        Guid IntruderActivity);

    public async Task<Seeded> SeedAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _seeded ??= await CreateAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Seeded> CreateAsync()
    {
        var ownerPages = await CreateSignedInFormClientAsync("owner-b@example.nhs.uk");
        var owner = ownerPages.Http;
        var live = new Dictionary<string, Guid>();
        var binned = new Dictionary<string, Guid>();
        foreach (var slug in Slugs)
        {
            live[slug] = await CreateIdAsync(owner, slug, $"B live {slug}");
            binned[slug] = await CreateIdAsync(owner, slug, $"B binned {slug}");
            (await owner.DeleteAsync($"/api/v1/{slug}/{binned[slug]}")).EnsureSuccessStatusCode();
        }

        var evidence = await UploadAsync(ownerPages, live["activities"]);
        var binnedEvidence = await UploadAsync(ownerPages, live["activities"]);
        (await owner.DeleteAsync($"/api/v1/evidence/{binnedEvidence}")).EnsureSuccessStatusCode();

        var intruderApi = await CreateApiClientAsync("intruder-a@example.nhs.uk");
        var intruderPages = await CreateSignedInFormClientAsync("intruder-a-pages@example.nhs.uk");
        var intruderActivity = await CreateIdAsync(intruderPages.Http, "activities", "A's own activity");
        return new(owner, ownerPages, intruderApi, intruderPages, live, binned, evidence, binnedEvidence, intruderActivity);
    }

    /// <summary>Uploads through the API with the owner's sign-in cookie, so it carries a page's antiforgery token as a browser's script would.</summary>
    private static async Task<Guid> UploadAsync(FormClient pages, Guid activityId)
    {
        var token = await pages.AntiforgeryTokenAsync("/Activities/Add");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("B's certificate"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Activity"), "recordKind" },
            { new StringContent(activityId.ToString()), "recordId" },
            { file, "file", "b.txt" },
        };
        var response = await pages.Http.PostAsync("/api/v1/evidence", form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
