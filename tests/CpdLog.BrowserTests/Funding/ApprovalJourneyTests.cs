namespace CpdLog.BrowserTests.Funding;

using System.Text.RegularExpressions;
using CpdLog.BrowserTests.Infrastructure;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

[Collection(BrowserCollection.Name)]
public sealed class ApprovalJourneyTests(BrowserAppFixture app)
{
    [Fact]
    public async Task Manager_AsksForFunding_LineManagerApprovesFromQueue_ManagerSeesApproval()
    {
        var lineManager = await app.CreateUserAsync("journey-lm@example.nhs.uk", "Journey Line Manager", Roles.LineManager);
        var manager = await app.CreateUserAsync("journey-manager@example.nhs.uk", "Journey Manager");
        await app.WithDbAsync(async db =>
        {
            var m = await db.Users.SingleAsync(u => u.Id == manager.Id);
            m.LineManagerId = lineManager.Id;
            m.CostCentre = "JRN-1";
            var start = FinancialYear.Containing(TimeProvider.System.UkToday().AddDays(28));
            db.Budgets.Add(new Budget { CostCentre = "JRN-1", FinancialYearStart = start.StartYear, Allocated = 5000m });
            return await db.SaveChangesAsync();
        });

        var page = await app.SignedInPageAsync("journey-manager@example.nhs.uk");
        try
        {
            await page.GotoAsync("/Funding/Edit");
            await page.FillAsync("[name='Input.Title']", "Healthcare finance essentials");
            await page.FillAsync("[name='Input.Provider']", "HFMA");
            await page.FillAsync("[name='Input.TuitionFee']", "150");
            await page.FillAsync("[name='Input.StudyLeave']", "1"); // days, the default unit
            await page.FillAsync("[name='Input.PlannedHours']", "7");
            await page.FillAsync("[name='Input.Justification']", "Core knowledge for my new budget-holder role.");
            await page.GetByTestId("save-draft").ClickAsync();
            await page.WaitForURLAsync(new Regex("/Funding/Details/"));
            await page.GetByTestId("submit-request").ClickAsync();
            await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Submitted");
        }
        catch
        {
            await app.ScreenshotAsync(page, "funding-journey-manager-failure");
            throw;
        }

        var lmPage = await app.SignedInPageAsync("journey-lm@example.nhs.uk");
        try
        {
            await lmPage.GotoAsync("/Team");
            await lmPage.GetByRole(AriaRole.Link, new() { Name = "Healthcare finance essentials" }).ClickAsync();
            await Assertions.Expect(lmPage.GetByTestId("budget")).ToContainTextAsync("Remaining £5,000.00");
            await Assertions.Expect(lmPage.GetByTestId("leave")).ToContainTextAsync("Allowance 37.5 h");
            await lmPage.FillAsync("[name='Input.Comment']", "Good fit for the role.");
            await lmPage.GetByTestId("approve").ClickAsync();
            await lmPage.WaitForURLAsync(new Regex("/Team$"));
            await Assertions.Expect(lmPage.GetByTestId("queue-empty")).ToBeVisibleAsync();
            await app.ScreenshotAsync(lmPage, "funding-queue-after-approval");
        }
        catch
        {
            await app.ScreenshotAsync(lmPage, "funding-journey-lm-failure");
            throw;
        }

        await page.GotoAsync("/Funding");
        await page.GetByRole(AriaRole.Link, new() { Name = "Healthcare finance essentials" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Approved – in progress");
        await Assertions.Expect(page.GetByTestId("approved")).ToContainTextAsync("£150.00 and 7.5 h");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("Good fit for the role.");
    }
}
