namespace CpdLog.BrowserTests.Registrations;

using System.Text.RegularExpressions;
using CpdLog.BrowserTests.Infrastructure;
using Microsoft.Playwright;

[Collection(BrowserCollection.Name)]
public sealed class RegistrationJourneyTests(BrowserAppFixture app)
{
    [Fact]
    public async Task NewUser_AddsNmcRegistrationAndActivity_DashboardCountsTheHours()
    {
        var page = await app.NewPageAsync("/Identity/Account/Register");
        try
        {
            // Sign up: the app says to check e-mail (it answers alike for a taken address), then the user signs in.
            await page.FillAsync("[name='Input.DisplayName']", "Browser Nurse");
            await page.FillAsync("[name='Input.Email']", "browser-nurse@example.nhs.uk");
            await page.FillAsync("[name='Input.Password']", BrowserAppFixture.Password);
            await page.FillAsync("[name='Input.ConfirmPassword']", BrowserAppFixture.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await page.WaitForURLAsync("**/Identity/Account/RegisterConfirmation");
            await page.GotoAsync("/Identity/Account/Login?ReturnUrl=%2FRegistrations%2FAdd");
            await page.FillAsync("[name='Input.Email']", "browser-nurse@example.nhs.uk");
            await page.FillAsync("[name='Input.Password']", BrowserAppFixture.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync("**/Registrations/Add");

            await page.CheckAsync("#body-NMC");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Renewal date (the last day of the month your registration expires)")).ToBeVisibleAsync();
            var inTenMonths = DateTime.Today.AddMonths(10);
            var renewal = new DateTime(inTenMonths.Year, inTenMonths.Month, DateTime.DaysInMonth(inTenMonths.Year, inTenMonths.Month)); // NMC renewal dates are month ends
            await page.FillAsync("[name='Input.RegistrationNumber']", "12A3456E");
            await page.FillDateAsync("Input.AnchorDate", DateOnly.FromDateTime(renewal));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save registration" }).ClickAsync();
            await page.WaitForURLAsync("**/Dashboard");

            var card = page.Locator("[data-testid='registration-NMC']");
            var cpdHours = card.Locator("[data-requirement='cpd-hours']");
            await Assertions.Expect(card.Locator("h2 .nhsuk-tag")).ToHaveTextAsync("At risk"); // issue 14: nothing logged 10 months before renewal is at risk (was "Not met")
            await Assertions.Expect(cpdHours.Locator("[data-testid='achieved']")).ToHaveTextAsync("0");
            await Assertions.Expect(cpdHours).ToContainTextAsync("35 hours");
            await Assertions.Expect(card.Locator("[data-testid='next-steps']")).ToContainTextAsync("Log 35 more CPD hours");

            // Log an activity on the real CPD log form.
            await page.GotoAsync("/Activities/Add");
            var day = DateOnly.FromDateTime(DateTime.Today.AddDays(-7));
            await page.FillAsync("[name='Input.Title']", "Sepsis recognition study day");
            await page.FillDateAsync("Input.StartDate", day);
            await page.FillDateAsync("Input.EndDate", day);
            await page.FillAsync("[name='Input.Hours']", "7.5");
            await page.FillAsync("[name='Input.ParticipatoryHours']", "7.5");
            await page.FillAsync("[name='Input.Description']", "Recognising and escalating sepsis on the ward, with simulation.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save activity" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/Activities(?!/Add)"));

            await page.GotoAsync("/Dashboard");
            await Assertions.Expect(cpdHours.Locator("[data-testid='achieved']")).ToHaveTextAsync("7.5");
            await Assertions.Expect(card.Locator("[data-requirement='participatory-hours'] [data-testid='achieved']")).ToHaveTextAsync("7.5");
            await Assertions.Expect(card.Locator("[data-testid='next-steps']")).ToContainTextAsync("Log 27.5 more CPD hours");
            await app.ScreenshotAsync(page, "dashboard-after-activity");
        }
        catch
        {
            await app.ScreenshotAsync(page, "registration-journey-failure");
            throw;
        }
    }
}
