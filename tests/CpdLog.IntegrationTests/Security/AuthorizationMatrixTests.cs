namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The authorisation matrix: every route the app maps (API endpoints and pages, read from the endpoint data source)
/// must have an entry in <see cref="AuthorizationMatrix.Expected"/>, and each answers as its entry says for an
/// anonymous caller, a signed-in user without roles, and a user with the role it needs. A new route without an
/// entry fails the first test; an entry for a route that is gone fails it too.
/// </summary>
public sealed partial class AuthorizationMatrixTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public void EveryRoute_HasAnEntry_AndEveryEntryARoute()
    {
        var routes = Routes().Select(r => r.Key).ToHashSet();
        var missing = routes.Where(r => !AuthorizationMatrix.Expected.ContainsKey(r)).Order().ToList();
        var stale = AuthorizationMatrix.Expected.Keys.Where(k => !routes.Contains(k)).Order().ToList();

        Assert.True(missing.Count == 0, "Routes without an entry in AuthorizationMatrix.Expected:\n" + string.Join("\n", missing.Select(m => $"[\"{m}\"] = Access.?,")));
        Assert.True(stale.Count == 0, "Entries for routes that no longer exist:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task EveryRoute_AnswersAsItsEntrySays()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var user = await ClientsAsync("matrix-user@example.nhs.uk");
        var roleClients = new Dictionary<Access, (HttpClient Api, HttpClient Page)>
        {
            [Access.Admin] = await ClientsAsync("matrix-admin@example.nhs.uk", "Admin"),
            [Access.LineManager] = await ClientsAsync("matrix-lm@example.nhs.uk", "LineManager"),
            [Access.BudgetHolder] = await ClientsAsync("matrix-bh@example.nhs.uk", "BudgetHolder"),
            [Access.AdminOrBudgetHolder] = await ClientsAsync("matrix-bh2@example.nhs.uk", "BudgetHolder"),
        };

        var failures = new List<string>();
        foreach (var route in Routes().Where(r => AuthorizationMatrix.Expected.ContainsKey(r.Key)))
        {
            var access = AuthorizationMatrix.Expected[route.Key];
            var isApi = route.Path.StartsWith("/api/", StringComparison.Ordinal);
            var anon = await SendAsync(anonymous, route);
            if (access == Access.Anonymous)
            {
                Check(!IsChallenge(anon), route, "anonymous", anon);
                continue;
            }

            Check(IsChallenge(anon), route, "anonymous (expected sign-in)", anon);
            var plain = await SendAsync(isApi ? user.Api : user.Page, route);
            if (access == Access.User)
            {
                Check(!IsChallenge(plain) && !IsForbidden(plain), route, "signed-in user", plain);
                continue;
            }

            Check(IsForbidden(plain), route, "user without the role (expected 403)", plain);
            var (api, page) = roleClients[access];
            var allowed = await SendAsync(isApi ? api : page, route);
            Check(!IsChallenge(allowed) && !IsForbidden(allowed), route, access.ToString(), allowed);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        void Check(bool ok, Route route, string who, HttpResponseMessage response)
        {
            if (!ok)
            {
                failures.Add($"{route.Key} as {who}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    private async Task<(HttpClient Api, HttpClient Page)> ClientsAsync(string email, params string[] roles)
    {
        var api = await factory.CreateApiClientAsync(email, roles);
        var page = await factory.SignInFormClientAsync(email);
        return (api, page.Http);
    }

    private static bool IsChallenge(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Unauthorized
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("/Identity/Account/Login?ReturnUrl=", StringComparison.Ordinal) == true);

    private static bool IsForbidden(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Forbidden
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("/Identity/Account/AccessDenied?ReturnUrl=", StringComparison.Ordinal) == true);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Route route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        // A body of the type the endpoint accepts: for another type routing answers 415 from an endpoint of its own,
        // which the fallback policy challenges, and that would hide the route's own rule.
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = route.Accepts?.StartsWith("multipart/", StringComparison.Ordinal) == true
                ? new MultipartFormDataContent { { new StringContent("x"), "unused" } }
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private IEnumerable<Route> Routes()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || endpoint.Metadata.OfType<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>().Any();
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? (isPage ? ["GET", "POST"] : ["GET"]);
            foreach (var method in methods)
            {
                yield return new Route($"{method} {pattern}", method, Parameter().Replace(pattern, m => Value(m.Groups[2].Value)).Replace("//", "/", StringComparison.Ordinal),
                    endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? types[0] : null);
            }
        }
    }

    private static string Value(string constraint) => constraint switch
    {
        var c when c.Contains("guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
        var c when c.Contains("int", StringComparison.Ordinal) || c.Contains("long", StringComparison.Ordinal) => "1",
        _ => "x",
    };

    [GeneratedRegex(@"\{\*?([^}:?=]+)(:[^}?=]+)?[^}]*\}")]
    private static partial Regex Parameter();

    private sealed record Route(string Key, string Method, string Path, string? Accepts);
}
