namespace CpdLog.IntegrationTests.Sso;

using System.Net;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// A browser for the organisation sign-in flow: CpdLog (test server) and the provider (real HTTP on Kestrel), each with
/// its own cookies, following redirects from one to the other as a browser would.
/// </summary>
public sealed class SsoClient
{
    private static readonly Uri AppBase = new("http://localhost/");
    private readonly TestIdentityProvider _provider;
    private readonly HttpClient _providerHttp;

    public SsoClient(CpdLogAppFactory app, TestIdentityProvider provider)
    {
        _provider = provider;
        App = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Form = new FormClient(App);
        _providerHttp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
    }

    public HttpClient App { get; }

    public FormClient Form { get; }

    /// <summary>Every address visited by the last <see cref="FollowAsync(Uri)"/>.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>Starts an organisation sign-in as <paramref name="userName"/> and follows it to CpdLog's last page.</summary>
    public async Task<(HttpResponseMessage Response, Uri Url)> SignInAsync(string userName, string returnUrl = "/")
    {
        var (response, url) = await FollowAsync(new Uri(AppBase, $"/Identity/Account/OrganisationSignIn?provider={SsoFixture.Key}&returnUrl={Uri.EscapeDataString(returnUrl)}"));
        if (url.AbsolutePath == "/login" && url.Authority == new Uri(_provider.Authority).Authority)
        {
            var back = System.Web.HttpUtility.ParseQueryString(url.Query)["returnUrl"]!;
            var login = await _providerHttp.PostAsync(new Uri(url, "/login"),
                new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = userName, ["returnUrl"] = back }));
            return await FollowAsync(login, url);
        }

        return (response, url);
    }

    public async Task<(HttpResponseMessage Response, Uri Url)> FollowAsync(Uri url) => await FollowAsync(await GetAsync(url), url);

    public async Task<(HttpResponseMessage Response, Uri Url)> FollowAsync(HttpResponseMessage response, Uri url)
    {
        Visited.Clear();
        Visited.Add(url);
        for (var i = 0; i < 20 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect; i++)
        {
            var location = response.Headers.Location!;
            url = location.IsAbsoluteUri ? location : new Uri(url, location);
            Visited.Add(url);
            response = await GetAsync(url);
        }

        return (response, url);
    }

    private Task<HttpResponseMessage> GetAsync(Uri url) =>
        url.Authority == AppBase.Authority ? App.GetAsync(url.PathAndQuery) : _providerHttp.GetAsync(url);
}
