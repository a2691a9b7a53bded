namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Records;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

public sealed class OwnershipTests(OwnershipFixture factory) : IClassFixture<OwnershipFixture>
{
    /// <summary>
    /// Every API route and page that takes a record id. Placeholders: {live:slug}, {binned:slug}, {evidence},
    /// {binned-evidence}, {own-activity} (user A's own activity, to pair with B's evidence).
    /// </summary>
    public static TheoryData<string, string> Routes()
    {
        var routes = new TheoryData<string, string>();
        foreach (var slug in Slugs)
        {
            routes.Add("API GET", $"/api/v1/{slug}/{{live:{slug}}}");
            routes.Add("API PUT", $"/api/v1/{slug}/{{live:{slug}}}");
            routes.Add("API DELETE", $"/api/v1/{slug}/{{live:{slug}}}");
            routes.Add("API POST", $"/api/v1/bin/{slug}/{{binned:{slug}}}/restore");
            routes.Add("API GET", $"/api/v1/{slug}/{{binned:{slug}}}");
            routes.Add("PAGE POST", $"/Bin?handler=Restore&kind={slug}&id={{binned:{slug}}}");
            var type = RecordTypes.BySlug(slug)!;
            if (type.HasRecordPages)
            {
                routes.Add("PAGE GET", $"{type.IndexPath}/Edit/{{live:{slug}}}");
                routes.Add("PAGE POST", $"{type.IndexPath}/Edit/{{live:{slug}}}");
                routes.Add("PAGE GET", $"{type.IndexPath}/Delete/{{live:{slug}}}");
                routes.Add("PAGE POST", $"{type.IndexPath}/Delete/{{live:{slug}}}");
            }

            if (type.Kind is { } kind)
            {
                // The shared upload page takes the target from the form; the query here only carries it to the helper.
                routes.Add("PAGE UPLOAD", $"/Evidence/Upload?recordKind={kind}&recordId={{live:{slug}}}");
                routes.Add("PAGE UPLOAD", $"/Evidence/Upload?recordKind={kind}&recordId={{binned:{slug}}}");
            }
        }

        routes.Add("PAGE GET", "/Activities/Details/{live:activities}");
        routes.Add("PAGE POST", "/Evidence/Remove/{evidence}");
        routes.Add("PAGE POST", "/Evidence/Remove/{binned-evidence}");
        routes.Add("PAGE GET", "/Evidence/Download/{evidence}");
        routes.Add("API GET", "/api/v1/evidence/{evidence}");
        routes.Add("API GET", "/api/v1/evidence/{evidence}/content");
        routes.Add("API DELETE", "/api/v1/evidence/{evidence}");
        routes.Add("API GET", "/api/v1/evidence?recordKind=Activity&recordId={live:activities}");
        routes.Add("API UPLOAD", "/api/v1/evidence");
        routes.Add("API POST", "/api/v1/bin/evidence/{binned-evidence}/restore");
        routes.Add("PAGE POST", "/Bin?handler=Restore&kind=evidence&id={binned-evidence}");
        return routes;
    }

    public static TheoryData<string, string> LiveGetRoutes()
    {
        var routes = new TheoryData<string, string>();
        foreach (var row in Routes())
        {
            var (how, template) = ((string)row[0], (string)row[1]);
            if (how is "API GET" or "PAGE GET" && !template.Contains("{binned", StringComparison.Ordinal))
            {
                routes.Add(how, template);
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AnotherUsersRecord_Is404_AndUnchanged(string how, string template)
    {
        var s = await factory.SeedAsync();
        var url = Resolve(template, s);
        var slug = Slugs.FirstOrDefault(x => template.Contains($":{x}}}", StringComparison.Ordinal)) ?? "activities";

        var response = how switch
        {
            "API GET" => await s.IntruderApi.GetAsync(url),
            "API PUT" => await s.IntruderApi.PutAsJsonAsync(url, Valid(slug, "Hijacked")),
            "API DELETE" => await s.IntruderApi.DeleteAsync(url),
            "API POST" => await s.IntruderApi.PostAsync(url, null),
            "API UPLOAD" => await s.IntruderApi.PostAsync(url, Upload(s.Live["activities"])),
            "PAGE GET" => await s.IntruderPages.GetAsync(url),
            // The antiforgery token comes from one of A's own pages: A is a real, signed-in user.
            "PAGE POST" => await s.IntruderPages.PostFormAsync(url, PageForm(slug), "/Activities/Add"),
            "PAGE UPLOAD" => await PostPageUploadAsync(s.IntruderPages, url),
            _ => throw new InvalidOperationException(how),
        };

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertOwnerRecordsUntouchedAsync(s);
    }

    /// <summary>The control: the same GET routes work for the owner, so the 404s above are about ownership.</summary>
    [Theory]
    [MemberData(nameof(LiveGetRoutes))]
    public async Task OwnersOwnRecord_SameGetRoute_IsFound(string how, string template)
    {
        var s = await factory.SeedAsync();
        var url = Resolve(template, s);

        var response = how == "API GET" ? await s.OwnerApi.GetAsync(url) : await s.OwnerPages.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Lists_ShowOnlyTheUsersOwnRecords()
    {
        var s = await factory.SeedAsync();

        foreach (var slug in Slugs)
        {
            var list = await s.IntruderApi.GetFromJsonAsync<JsonElement>($"/api/v1/{slug}");
            Assert.DoesNotContain(list.EnumerateArray(), r => s.Live.ContainsValue(r.GetProperty("id").GetGuid()));
            var page = Decode(await s.IntruderPages.GetPageAsync(RecordTypes.BySlug(slug)!.IndexPath));
            Assert.DoesNotContain("B live", page);
        }

        var bin = await s.IntruderApi.GetFromJsonAsync<JsonElement>("/api/v1/bin");
        Assert.Empty(bin.EnumerateArray());
        Assert.DoesNotContain("B binned", Decode(await s.IntruderPages.GetPageAsync("/Bin")));
        Assert.DoesNotContain("b.txt", await s.IntruderPages.GetPageAsync($"/Activities/Details/{s.IntruderActivity}"));
    }

    private static async Task AssertOwnerRecordsUntouchedAsync(OwnershipFixture.Seeded s)
    {
        foreach (var slug in Slugs)
        {
            var live = await s.OwnerApi.GetAsync($"/api/v1/{slug}/{s.Live[slug]}");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal($"B live {slug}", (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(LabelField(slug)).GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await s.OwnerApi.GetAsync($"/api/v1/{slug}/{s.Binned[slug]}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await s.OwnerApi.GetAsync($"/api/v1/evidence/{s.Evidence}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.OwnerApi.GetAsync($"/api/v1/evidence/{s.BinnedEvidence}")).StatusCode);
        var evidence = await s.OwnerApi.GetFromJsonAsync<JsonElement>($"/api/v1/evidence?recordKind=Activity&recordId={s.Live["activities"]}");
        Assert.Single(evidence.EnumerateArray());
    }

    private static string Resolve(string template, OwnershipFixture.Seeded s)
    {
        var url = template
            .Replace("{evidence}", s.Evidence.ToString(), StringComparison.Ordinal)
            .Replace("{binned-evidence}", s.BinnedEvidence.ToString(), StringComparison.Ordinal)
            .Replace("{own-activity}", s.IntruderActivity.ToString(), StringComparison.Ordinal);
        foreach (var slug in Slugs)
        {
            url = url.Replace($"{{live:{slug}}}", s.Live[slug].ToString(), StringComparison.Ordinal)
                .Replace($"{{binned:{slug}}}", s.Binned[slug].ToString(), StringComparison.Ordinal);
        }

        return url;
    }

    /// <summary>A form that would be valid for any of the pages, so only ownership can stop it.</summary>
    private static Dictionary<string, string> PageForm(string slug)
        => Valid(slug, "Hijacked").ToDictionary(
            kv => "Input." + char.ToUpperInvariant(kv.Key[0]) + kv.Key[1..],
            kv => kv.Value switch
            {
                string[] many => many[0],
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var v => v?.ToString() ?? "",
            });

    private static MultipartFormDataContent Upload(Guid recordId)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("A's file"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent
        {
            { new StringContent("Activity"), "recordKind" },
            { new StringContent(recordId.ToString()), "recordId" },
            { file, "file", "a.txt" },
        };
    }

    /// <summary>Posts the evidence panel's form to <c>/Evidence/Upload</c> with the target given in <paramref name="url"/>'s query.</summary>
    private static async Task<HttpResponseMessage> PostPageUploadAsync(FormClient pages, string url)
    {
        var token = await pages.AntiforgeryTokenAsync("/Activities/Add");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("A's file"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "Upload", "a.txt" } };
        var parts = url.Split('?');
        foreach (var pair in parts[1].Split('&'))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            form.Add(new StringContent(value), name);
        }

        return await pages.Http.PostAsync(parts[0], form);
    }
}
