namespace CpdLog.BrowserTests.Accessibility;

using CpdLog.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>The header marks the current section (aria-current) and the skip link moves keyboard focus into &lt;main&gt;.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeaderAndSkipLinkTests(BrowserAppFixture app)
{
    [Fact]
    public async Task Header_MarksTheCurrentPageAndSection_AndOnlyThat()
    {
        await SitePages.SeedDemoAsync(app);
        await using var holder = await PageAuditor.CreateAsync(app, BrowserRole.BudgetHolder);
        var page = holder.Page;
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

        await page.GotoAsync("/Activities");
        await Assertions.Expect(menu.Locator("[aria-current]")).ToHaveCountAsync(1);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "CPD log" })).ToHaveAttributeAsync("aria-current", "page");

        await page.GotoAsync("/Activities/Add");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "CPD log" })).ToHaveAttributeAsync("aria-current", "true");

        // /FundingAdmin is its own section, not inside /Funding.
        await page.GotoAsync("/FundingAdmin");
        await Assertions.Expect(menu.Locator("[aria-current]")).ToHaveCountAsync(1);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Budgets" })).ToHaveAttributeAsync("aria-current", "page");

        await page.GotoAsync("/accessibility");
        await Assertions.Expect(menu.Locator("[aria-current]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndMovesFocusIntoMain()
    {
        await SitePages.SeedDemoAsync(app);
        await using var manager = await PageAuditor.CreateAsync(app, BrowserRole.Manager);
        var page = manager.Page;
        await page.GotoAsync("/Records/Reflections/Add");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main#maincontent")).ToBeFocusedAsync();

        // The next Tab goes to the first control inside main, past the header and the back link.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, Tab should move to a control inside <main>.");
    }

    [Fact]
    public async Task Footer_LinksToTheAccessibilityStatementAndPrivacyNotice_ForAnyone()
    {
        await using var anonymous = await PageAuditor.CreateAsync(app, BrowserRole.Anonymous);
        var page = anonymous.Page;
        await page.GotoAsync("/verify");
        var footer = page.GetByRole(AriaRole.Contentinfo);

        await footer.GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accessibility statement for CpdLog");
        foreach (var section in new[] { "Compliance status", "Non-accessible content", "Reporting accessibility problems with this service", "Enforcement procedure", "Preparation of this accessibility statement" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section })).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Privacy notice" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privacy notice");
        foreach (var section in new[] { "What information we hold", "Who can see it", "How long we keep it", "Your rights" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section })).ToBeVisibleAsync();
        }
    }
}
