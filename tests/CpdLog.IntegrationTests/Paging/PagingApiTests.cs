namespace CpdLog.IntegrationTests.Paging;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;

/// <summary>
/// Every API list: a plain JSON array of one page (page, pageSize: default 50, at most 500), X-Total-Count and an
/// RFC 8288 Link header, a stable order, only the caller's rows, and 400 problem details for out-of-range values.
/// </summary>
public sealed partial class PagingApiTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateOnly Latest = TimeProvider.System.UkToday().AddDays(-1);

    [Fact]
    public async Task Activities_PagesWalkTheWholeListInOrder_WithCountAndLinks_AndNeverAnotherUsersRows()
    {
        var api = await factory.CreateApiClientAsync("paging-walk@example.nhs.uk");
        var other = await factory.CreateApiClientAsync("paging-walk-other@example.nhs.uk");
        await PagingSeed.AddActivitiesAsync(factory, await factory.UserIdAsync("paging-walk@example.nhs.uk"), 120, Latest);
        await PagingSeed.AddActivitiesAsync(factory, await factory.UserIdAsync("paging-walk-other@example.nhs.uk"), 75, Latest);

        var first = await api.GetAsync("/api/v1/activities");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("120", Header(first, "X-Total-Count"));
        var rows = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, rows.ValueKind);
        Assert.Equal(50, rows.GetArrayLength());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["first"] = "/api/v1/activities?page=1&pageSize=50",
                ["next"] = "/api/v1/activities?page=2&pageSize=50",
                ["last"] = "/api/v1/activities?page=3&pageSize=50",
            },
            Links(first));

        var middle = await api.GetAsync("/api/v1/activities?page=2");
        Assert.Equal("/api/v1/activities?page=1&pageSize=50", Links(middle)["prev"]);
        Assert.Equal("/api/v1/activities?page=3&pageSize=50", Links(middle)["next"]);

        // Following "next" from the first page visits every row once, in the documented order.
        var seen = new List<(DateOnly End, string Title, Guid Id)>();
        string? url = "/api/v1/activities?pageSize=7";
        var pages = 0;
        while (url is not null)
        {
            var response = await api.GetAsync(url);
            Assert.Equal("120", Header(response, "X-Total-Count"));
            foreach (var row in (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray())
            {
                seen.Add((DateOnly.Parse(row.GetProperty("endDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture), row.GetProperty("title").GetString()!, row.GetProperty("id").GetGuid()));
            }

            url = Links(response).GetValueOrDefault("next");
            pages++;
        }

        Assert.Equal(18, pages);
        Assert.Equal(120, seen.Count);
        Assert.Equal(120, seen.Select(s => s.Id).Distinct().Count());
        Assert.All(seen, s => Assert.StartsWith("Costing workshop", s.Title, StringComparison.Ordinal));
        Assert.Equal(seen.OrderByDescending(s => s.End).Select(s => s.End), seen.Select(s => s.End));

        var theirs = await other.GetAsync("/api/v1/activities?pageSize=500");
        Assert.Equal("75", Header(theirs, "X-Total-Count"));
        Assert.Equal(75, (await theirs.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.DoesNotContain("rel=\"next\"", Header(theirs, "Link"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activities_RowsWithTheSameDate_KeepOneOrderAcrossRequests()
    {
        var api = await factory.CreateApiClientAsync("paging-ties@example.nhs.uk");
        var owner = await factory.UserIdAsync("paging-ties@example.nhs.uk");
        await PagingSeed.AddActivitiesAsync(factory, owner, 30, Latest, (_, a) => a.Title = "Same title");

        var whole = await Ids(api, "/api/v1/activities?pageSize=30");
        var byPages = new List<Guid>();
        for (var page = 1; page <= 6; page++)
        {
            byPages.AddRange(await Ids(api, $"/api/v1/activities?page={page}&pageSize=5"));
        }

        Assert.Equal(whole, byPages);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("pageSize=10&pageSize=20", "pageSize")]
    public async Task OutOfRangePaging_Is400ProblemNamingTheParameter(string query, string field)
    {
        var api = await factory.CreateApiClientAsync($"paging-bad-{Guid.NewGuid():N}@example.nhs.uk");

        foreach (var list in new[] { "/api/v1/activities", "/api/v1/bin", "/api/v1/registrations", "/api/v1/funding-requests" })
        {
            var response = await api.GetAsync($"{list}?{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{list}?{query}: {problem}");
        }
    }

    [Fact]
    public async Task LargestPageSize_AndAPageAfterTheLast_AreAccepted()
    {
        var api = await factory.CreateApiClientAsync("paging-limits@example.nhs.uk");
        await PagingSeed.AddActivitiesAsync(factory, await factory.UserIdAsync("paging-limits@example.nhs.uk"), 12, Latest);

        var all = await api.GetAsync("/api/v1/activities?pageSize=500");
        Assert.Equal(12, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(new[] { "first", "last" }, Links(all).Keys.Order().ToArray());

        var after = await api.GetAsync("/api/v1/activities?page=9&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("12", Header(after, "X-Total-Count"));
        Assert.Equal(0, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal("/api/v1/activities?page=3&pageSize=5", Links(after)["prev"]);
        Assert.False(Links(after).ContainsKey("next"));
    }

    [Fact]
    public async Task ListCutInMemory_Bin_PagesTheSameWay()
    {
        var api = await factory.CreateApiClientAsync("paging-bin@example.nhs.uk");
        for (var i = 0; i < 5; i++)
        {
            var created = await api.PostAsJsonAsync("/api/v1/reflections", Records.RecordSamples.Valid("reflections", $"Binned {i}"));
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await api.DeleteAsync($"/api/v1/reflections/{id}")).EnsureSuccessStatusCode();
        }

        var page = await api.GetAsync("/api/v1/bin?page=2&pageSize=2");

        Assert.Equal("5", Header(page, "X-Total-Count"));
        Assert.Equal(2, (await page.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(["first", "last", "next", "prev"], Links(page).Keys.Order());
        var pages = new List<Guid>();
        for (var p = 1; p <= 3; p++)
        {
            pages.AddRange(await Ids(api, $"/api/v1/bin?page={p}&pageSize=2"));
        }

        Assert.Equal(await Ids(api, "/api/v1/bin"), pages);
    }

    [Fact]
    public async Task Links_KeepTheOtherQueryParameters()
    {
        var api = await factory.CreateApiClientAsync("paging-query@example.nhs.uk");
        var created = await api.PostAsJsonAsync("/api/v1/activities", Records.RecordSamples.Valid("activities", "With files"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        for (var i = 0; i < 3; i++)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent("activity"), "recordKind" },
                { new StringContent(id.ToString()), "recordId" },
                { new ByteArrayContent("evidence text\n"u8.ToArray()) { Headers = { ContentType = new("text/plain") } }, "file", $"note{i}.txt" },
            };
            (await api.PostAsync("/api/v1/evidence", form)).EnsureSuccessStatusCode();
        }

        var page = await api.GetAsync($"/api/v1/evidence?recordKind=activity&recordId={id}&pageSize=2");

        Assert.Equal("3", Header(page, "X-Total-Count"));
        Assert.Equal($"/api/v1/evidence?recordKind=activity&recordId={id}&page=2&pageSize=2", Links(page)["next"]);
    }

    [Fact]
    public async Task OpenApi_EveryListOperation_DocumentsPageParametersAndHeaders()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var lists = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !ReturnsArray(get))
            {
                continue;
            }

            lists.Add(path.Name);
            var parameters = get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Select(x => x.GetProperty("name").GetString()).ToList() : [];
            Assert.True(parameters.Contains("page") && parameters.Contains("pageSize"), $"GET {path.Name} returns a list without page/pageSize");
            var headers = get.GetProperty("responses").GetProperty("200").GetProperty("headers");
            Assert.True(headers.TryGetProperty("X-Total-Count", out _), $"GET {path.Name}: no X-Total-Count");
            Assert.True(headers.TryGetProperty("Link", out _), $"GET {path.Name}: no Link");
        }

        // The record types, evidence, bin, registrations, bodies, funding, team, delegations, admin and portfolios.
        Assert.True(lists.Count >= 20, string.Join(", ", lists));
        Assert.Contains("/api/v1/activities", lists);
        Assert.Contains("/api/v1/team", lists);
        Assert.Contains("/api/v1/admin/audit", lists);
    }

    private static bool ReturnsArray(JsonElement operation) =>
        operation.GetProperty("responses").TryGetProperty("200", out var ok)
        && ok.TryGetProperty("content", out var content)
        && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out var schema)
            && schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "array");

    private static async Task<List<Guid>> Ids(HttpClient api, string url) =>
        [.. (await api.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    /// <summary>rel → URL from the RFC 8288 Link header.</summary>
    public static Dictionary<string, string> Links(HttpResponseMessage response) =>
        LinkPattern().Matches(Header(response, "Link")).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);

    [GeneratedRegex("<([^>]*)>; rel=\"([a-z]+)\"")]
    private static partial Regex LinkPattern();
}
