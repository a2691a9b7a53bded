namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Bad input never makes a 500. The routes come from the app itself (the OpenAPI document for the API, the endpoint
/// data source for pages), so a new endpoint or page is fuzzed without anyone listing it here. API errors are always
/// problem details, never the HTML error page.
/// </summary>
public sealed class FuzzTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private const string Huge = "99999999999999999999999999999999999";

    private static readonly string[] PathValues = ["00000000-0000-0000-0000-000000000000", "x", Huge, "-1"];

    [Fact]
    public async Task EveryApiEndpointInTheOpenApiDocument_WithWrongTypesNullsAndHugeValues_NeverAnswers500()
    {
        var api = await factory.CreateApiClientAsync("fuzz-api@example.nhs.uk", [.. Roles.All]);
        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var failures = new List<string>();
        var requests = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" || operation is null)
                {
                    continue;
                }

                foreach (var url in Urls(path, operation))
                {
                    foreach (var content in Bodies(document, operation))
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = content };
                        using var response = await api.SendAsync(request);
                        requests++;
                        await CheckApiResponseAsync(response, $"{method.ToUpperInvariant()} {url} {Describe(content)}", failures);
                    }
                }
            }
        }

        Assert.True(requests > 300, $"Only {requests} requests were made: is the OpenAPI document complete?");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryPageRouteAndFormPost_WithBadValues_NeverAnswers500()
    {
        var signedIn = await factory.CreateSignedInFormClientAsync("fuzz-pages@example.nhs.uk", [.. Roles.All]);
        var anonymous = new FormClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var failures = new List<string>();
        var forms = 0;
        foreach (var route in PageRoutes())
        {
            foreach (var client in new[] { anonymous, signedIn })
            {
                foreach (var url in PageUrls(route))
                {
                    using var response = await client.GetAsync(url);
                    Check(response, "GET " + url, failures);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        continue;
                    }

                    var html = await response.Content.ReadAsStringAsync();
                    var document = await new HtmlParser().ParseDocumentAsync(html);
                    foreach (var form in document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
                                 && !(f.Action ?? "").Contains("Logout", StringComparison.OrdinalIgnoreCase)))
                    {
                        foreach (var value in new[] { "x", Huge, "", new string('€', 5000), "-1", "2026-13-45" })
                        {
                            forms++;
                            using var post = await client.Http.PostAsync(ActionOf(form, url), FuzzedForm(form, value));
                            Check(post, $"POST {ActionOf(form, url)} (every field \"{value[..Math.Min(value.Length, 12)]}\") from {url}", failures);
                        }
                    }
                }
            }
        }

        Assert.True(forms > 50, $"Only {forms} form posts were made.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task NamedDefects_AnswerWithoutA500()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Identity/Account/LoginWith2fa")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Identity/Account/LoginWithRecoveryCode")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/Identity/Account/ResetPassword?code=x")).StatusCode);

        var login = await anonymous.PostAsync("/api/v1/auth/login", new StringContent("""{"email":null,"password":null}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal("application/problem+json", login.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));

        var api = await factory.CreateApiClientAsync("fuzz-named@example.nhs.uk");
        var overflow = await api.PostAsync("/api/v1/funding-requests", new StringContent(
            $$"""{"title":"Course","provider":"Uni","startDate":"2027-01-10","endDate":"2027-01-12","studyLeaveDays":{{Huge}}00000,"justification":"Needed"}""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, overflow.StatusCode);
        var days = await api.PostAsJsonAsync("/api/v1/funding-requests", new { title = "Course", provider = "Uni", startDate = "2027-01-10", endDate = "2027-01-12", studyLeaveDays = 70_000_000_000_000_000_000_000_000m, justification = "Needed" });
        Assert.Equal(HttpStatusCode.BadRequest, days.StatusCode);
        Assert.Contains("studyLeaveDays", await days.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var numericEnum = await api.PostAsync("/api/v1/funding-requests", new StringContent(
            """{"title":"Course","provider":"Uni","startDate":"2027-01-10","endDate":"2027-01-12","mode":99,"tuitionFee":100,"justification":"Needed"}""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, numericEnum.StatusCode);
        Assert.Equal("application/problem+json", numericEnum.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.FundingRequests.Count(r => (int)r.Mode == 99))));

        foreach (var (method, url, body) in new (string, string, HttpContent?)[]
                 {
                     ("GET", "/api/v1/no-such-thing", null),
                     ("PATCH", "/api/v1/activities", null),
                     ("POST", "/api/v1/activities", new StringContent("<xml/>", Encoding.UTF8, "application/xml")),
                 })
        {
            using var response = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = body });
            Assert.True((int)response.StatusCode is 404 or 405 or 415, $"{method} {url}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task BodiesOver30MB_Answer413_OnTheApiAndOnPages()
    {
        var api = await factory.CreateApiClientAsync("fuzz-huge@example.nhs.uk");
        var bytes = new byte[30_000_001];
        var upload = await api.PostAsync("/api/v1/evidence", new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Equal("application/problem+json", upload.Content.Headers.ContentType?.MediaType);

        var page = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await page.PostAsync("/Identity/Account/Login", new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoPageHasInlineScript()
    {
        var client = await factory.CreateSignedInFormClientAsync("fuzz-headers@example.nhs.uk", [.. Roles.All]);
        var failures = new List<string>();
        foreach (var url in new[] { "/health", "/api/v1/no-such-thing", "/css/site.css", "/openapi/v1.json" }
                     .Concat(PageRoutes().Where(r => !r.Contains('{', StringComparison.Ordinal))))
        {
            using var response = await client.GetAsync(url);
            var csp = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values.Single() : "";
            var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d);
            if (!directives.TryGetValue("script-src", out var script) || script.Contains("unsafe-inline", StringComparison.Ordinal)
                || directives.GetValueOrDefault("frame-ancestors") != "frame-ancestors 'none'"
                || directives.GetValueOrDefault("font-src") != "font-src 'self' https://assets.nhs.uk"
                || !response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || sniff.Single() != "nosniff"
                || !response.Headers.Contains("Referrer-Policy"))
            {
                failures.Add($"{url}: headers missing or weak (CSP: {csp})");
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                if (document.Scripts.Any(s => string.IsNullOrEmpty(s.Source) && string.IsNullOrEmpty(s.GetAttribute("nonce"))))
                {
                    failures.Add($"{url}: inline <script> without a nonce (the CSP blocks it)");
                }

                // Every page is ours (the packaged Identity UI is gone), so no page has an exception.
                if (document.All.Any(e => e.HasAttribute("style") || e.LocalName == "style"))
                {
                    failures.Add($"{url}: inline style (the CSP blocks it)");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private IEnumerable<string> PageRoutes() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null || e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null)
        .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
        .Distinct()
        .Order(StringComparer.Ordinal);

    private static IEnumerable<string> PageUrls(string route)
    {
        var query = "?id=x&code=x&returnUrl=http%3A%2F%2Fevil.example&year=" + Huge + "&page=-1&registrationId=x&recordKind=99&userId=x";
        if (!route.Contains('{', StringComparison.Ordinal))
        {
            yield return route;
            yield return route + query;
            yield break;
        }

        foreach (var value in PathValues)
        {
            yield return System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", value) + query;
        }
    }

    private static IEnumerable<string> Urls(string path, JsonNode operation)
    {
        var query = string.Join("&", (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]?.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>()));
        foreach (var value in path.Contains('{', StringComparison.Ordinal) ? PathValues : ["00000000-0000-0000-0000-000000000000"])
        {
            var url = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", value);
            yield return url;
            if (query.Length > 0)
            {
                yield return url + "?" + string.Join("&", query.Split('&').Select(q => $"{q}={Uri.EscapeDataString(value)}"));
            }
        }
    }

    private static IEnumerable<HttpContent?> Bodies(JsonNode document, JsonNode operation)
    {
        var content = operation["requestBody"]?["content"]?.AsObject();
        if (content is null)
        {
            yield return null;
            yield break;
        }

        yield return null;
        if (content.ContainsKey("application/json"))
        {
            var schema = Resolve(document, content["application/json"]!["schema"]);
            foreach (var raw in new[] { "", "null", "{}", "[]", "\"x\"", Huge, "{\"a\":", new string('[', 10_000) })
            {
                yield return new StringContent(raw, Encoding.UTF8, "application/json");
            }

            foreach (var variant in new[] { "wrong", "null", "huge" })
            {
                yield return new StringContent(Fuzzed(document, schema, variant).ToJsonString(), Encoding.UTF8, "application/json");
            }
        }

        if (content.ContainsKey("multipart/form-data") || content.ContainsKey("application/x-www-form-urlencoded"))
        {
            foreach (var value in new[] { "x", Huge, "" })
            {
                var multipart = new MultipartFormDataContent();
                foreach (var name in new[] { "recordKind", "recordId", "completedOn", "actualHours", "actualCost", "reflection" })
                {
                    multipart.Add(new StringContent(value), name);
                }

                multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(value.Length == 0 ? "\0" : value)), "file", "a\u202Efdp.exe");
                multipart.Add(new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), "certificate", "c.docx");
                yield return multipart;
            }

            yield return new StringContent("--broken\r\nnot multipart", Encoding.UTF8, "multipart/form-data");
        }
    }

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var i = 0; i < 10 && schema?["$ref"]?.GetValue<string>() is { } reference; i++)
        {
            schema = reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode?)document, (node, part) => node?[part]);
        }

        return schema;
    }

    private static JsonNode Fuzzed(JsonNode document, JsonNode? schema, string variant)
    {
        var result = new JsonObject();
        foreach (var (name, property) in Resolve(document, schema)?["properties"]?.AsObject() ?? [])
        {
            var resolved = Resolve(document, property);
            var type = resolved?["type"]?.ToJsonString() ?? "";
            result[name] = variant switch
            {
                "null" => null,
                "huge" when type.Contains("string", StringComparison.Ordinal) => new string('x', 100_000),
                "huge" => JsonNode.Parse(Huge),
                _ when type.Contains("string", StringComparison.Ordinal) || resolved?["enum"] is not null => 12345,
                _ => "x",
            };
        }

        return result;
    }

    private static string ActionOf(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? pageUrl : WebUtility.HtmlDecode(action);
    }

    private static FormUrlEncodedContent FuzzedForm(IHtmlFormElement form, string value)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            fields.Add(new(name, name == "__RequestVerificationToken" ? element.GetAttribute("value") ?? "" : value));
        }

        return new FormUrlEncodedContent(fields);
    }

    private static void Check(HttpResponseMessage response, string what, List<string> failures)
    {
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{what}: {(int)response.StatusCode}");
        }
    }

    private static async Task CheckApiResponseAsync(HttpResponseMessage response, string what, List<string> failures)
    {
        Check(response, what, failures);
        if ((int)response.StatusCode >= 400 && response.Content.Headers.ContentLength is not 0
            && response.Content.Headers.ContentType?.MediaType is { } type && type != "application/problem+json")
        {
            var body = await response.Content.ReadAsStringAsync();
            failures.Add($"{what}: {(int)response.StatusCode} as {type}: {body[..Math.Min(body.Length, 120)]}");
        }
    }

    private static string Describe(HttpContent? content) => content switch
    {
        null => "(no body)",
        StringContent s => s.ReadAsStringAsync().Result is var text && text.Length > 60 ? text[..60] + "…" : s.ReadAsStringAsync().Result,
        _ => content.GetType().Name,
    };
}
