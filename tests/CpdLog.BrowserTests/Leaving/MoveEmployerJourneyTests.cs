namespace CpdLog.BrowserTests.Leaving;

using System.Text.RegularExpressions;
using CpdLog.BrowserTests.Infrastructure;
using CpdLog.Core.Funding;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.Playwright;

/// <summary>Issue 17 part 4 in Chromium: pick a leaving date, see the repayment and the lists, download the statement.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MoveEmployerJourneyTests(BrowserAppFixture app)
{
    [Fact]
    public async Task Manager_PicksALeavingDate_SeesWhatTheyWouldRepay_AndDownloadsTheStatement()
    {
        var manager = await app.CreateUserAsync("move-manager@example.nhs.uk", "Move Manager");
        var lineManager = await app.CreateUserAsync("move-lm@example.nhs.uk", "Move Line Manager");
        var budgetHolder = await app.CreateUserAsync("move-bh@example.nhs.uk", "Move Budget Holder");
        var completedOn = await app.WithDbAsync(async db =>
        {
            // Approved, accepted and completed over a year ago: tiered 100%/50% over 24 months on £1,450.00.
            var past = TimeProvider.System.UkToday().AddDays(-500);
            var then = DateTimeOffset.UtcNow.AddDays(-500);
            var template = new AgreementTemplate
            {
                Name = "Learning agreement", MinFees = 200m, ScheduleKind = RepaymentKind.Tiered, Tiers = "12:100;24:50",
                Triggers = LeavingReason.Resignation, Waivers = LeavingReason.Redundancy, Terms = "Repay the fees if you leave.",
                CreatedAt = then, CreatedById = lineManager.Id,
            };
            db.AgreementTemplates.Add(template);
            var start = past.AddDays(21);
            var (request, _) = FundingRequest.Create(manager.Id, new FundingRequestDetails(
                "CIPFA Certificate in IPSAS", "CIPFA", start, start.AddMonths(4), StudyMode.Online, null, 1_200m, 250m, 0m, 0m, 22.5m, "Three days",
                60m, 0, "Charitable funds move to IPSAS.", "Lead the conversion."), then);
            request!.Submit(manager.Id, "FIN-100", then);
            request.RecordAgreementAccepted(manager.Id, then, past, "Learning agreement v1");
            db.AgreementAcceptances.Add(AgreementAcceptance.Accept(request, template, manager.Id, then));
            var facts = new ApprovalFacts(1_000m, null, true, true);
            request.Approve(new DecisionContext(lineManager.Id, ApproverAuthority.LineManager, then, past), new ApprovalInput(Comment: "Yes"), facts);
            request.Approve(new DecisionContext(budgetHolder.Id, ApproverAuthority.BudgetHolder, then, past), new ApprovalInput(Comment: "Funded"), facts);
            var completed = start.AddMonths(4);
            Assert.True(request.Complete(manager.Id, completed, 40m, null, "Applied IPSAS 33.", then.AddDays(150), completed).Succeeded);
            db.FundingRequests.Add(request);
            await db.SaveChangesAsync();
            return completed;
        });

        var page = await app.SignedInPageAsync("move-manager@example.nhs.uk");
        try
        {
            await page.GotoAsync("/Funding");
            await page.GetByRole(AriaRole.Link, new() { Name = "If I move employer" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/Leaving$"));
            await page.FillDateAsync("LeavingDate", completedOn.AddMonths(13));
            await page.SelectOptionAsync("[name='Reason']", "Resignation");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show what happens" }).ClickAsync();

            await Assertions.Expect(page.GetByTestId("repayable")).ToHaveTextAsync("£725.00");
            await Assertions.Expect(page.GetByTestId("total-repayable")).ToHaveTextAsync("Total you would repay: £725.00");
            await Assertions.Expect(page.GetByTestId("agreement")).ToContainTextAsync("50% within 24 months of completion");
            await Assertions.Expect(page.GetByTestId("leaves-with-you")).ToContainTextAsync("CPD activities");
            await Assertions.Expect(page.GetByTestId("stays-with-employer")).ToContainTextAsync("Learning agreements");
            await Assertions.Expect(page.GetByTestId("archive")).ToHaveAttributeAsync("href", "/api/v1/me/archive");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("statement-pdf").ClickAsync());
            Assert.Equal($"leaving-statement-{completedOn.AddMonths(13):yyyy-MM-dd}.pdf", download.SuggestedFilename);
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.True(bytes.Length > 1_000 && bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "The statement is a PDF");

            // The redundancy waiver: nothing to repay.
            await page.SelectOptionAsync("[name='Reason']", "Redundancy");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show what happens" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("total-repayable")).ToHaveTextAsync("Total you would repay: £0.00");
            await app.ScreenshotAsync(page, "move-employer");
        }
        catch
        {
            await app.ScreenshotAsync(page, "move-employer-failure");
            throw;
        }
    }
}
