namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using AngleSharp.Html.Parser;
using CpdLog.IntegrationTests.Infrastructure;

/// <summary>Where each role lands after signing in (the login returns to "/"), and the links to the user's other views.</summary>
public sealed class LandingTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Theory]
    [InlineData("land-manager@example.nhs.uk", "/Dashboard")]
    [InlineData("land-linemanager@example.nhs.uk", "/Team", "LineManager")]
    [InlineData("land-admin@example.nhs.uk", "/Admin", "Admin")]
    [InlineData("land-budget@example.nhs.uk", "/Dashboard", "BudgetHolder")]
    [InlineData("land-both@example.nhs.uk", "/Team", "LineManager", "Admin")]
    public async Task SignIn_LandsOnTheRolesStartPage(string email, string landing, params string[] roles)
    {
        var api = factory.CreateClient();
        await factory.CreateApiClientAsync(email, roles);
        var client = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));

        var login = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = CpdLogAppFactory.Password });
        var home = await client.GetAsync(login.Headers.Location!.OriginalString);

        Assert.Equal("/", login.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(landing, home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(landing)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/")).StatusCode); // signed out: the home page itself
    }

    [Fact]
    public async Task LineManagerAndAdmin_EachStartPageLinksToTheOthers()
    {
        var client = await factory.CreateSignedInFormClientAsync("land-views@example.nhs.uk", "LineManager", "Admin");

        async Task<List<string?>> OtherViews(string page) =>
            (await new HtmlParser().ParseDocumentAsync(await client.GetPageAsync(page)))
                .QuerySelectorAll("[data-testid='other-views'] a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/Admin", "/Dashboard"], await OtherViews("/Team"));
        Assert.Equal(["/Team", "/Dashboard"], await OtherViews("/Admin"));
        Assert.Equal(["/Team", "/Admin"], await OtherViews("/Dashboard"));
    }

    [Fact]
    public async Task OneRole_NoOtherViews_AndTheMenuDashboardLinkIsTheDashboard()
    {
        var client = await factory.CreateSignedInFormClientAsync("land-single@example.nhs.uk");

        var html = await client.GetPageAsync("/Dashboard");
        var document = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Null(document.QuerySelector("[data-testid='other-views']"));
        Assert.Equal("/Dashboard", document.QuerySelectorAll("a.nhsuk-header__navigation-link").First(a => a.TextContent.Trim() == "Dashboard").GetAttribute("href"));
    }

    [Fact]
    public async Task LineManager_MenuDashboardLinkStillReachesTheirOwnDashboard()
    {
        var client = await factory.CreateSignedInFormClientAsync("land-lm-menu@example.nhs.uk", "LineManager");

        var response = await client.GetAsync("/Dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your CPD at a glance", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
