namespace CpdLog.IntegrationTests.Funding;

using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CpdLog.Data;
using CpdLog.Web.Features.Funding;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Funding.FundingApi;

/// <summary>
/// Issue 15 parts 6 and 7 on the funding pages: an account without a line manager or cost centre is told when a
/// request is started; study leave is asked one way and converted at the working day; amounts are typed as people
/// write them; errors land on their field; a learning agreement is checked (amounts and schedule) before it is accepted.
/// </summary>
public sealed class FundingGuidanceTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    private static async Task<IDocument> DocumentAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The error message shown inside the form group of the field with this id (null when none).</summary>
    private static string? FieldError(IDocument page, string fieldId) =>
        page.GetElementById(fieldId)?.Closest(".nhsuk-form-group--error")?.QuerySelector(".nhsuk-error-message")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    private static Dictionary<string, string> Draft(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Provider"] = "HFMA",
        ["Input.StartDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        ["Input.EndDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        ["Input.PlannedHours"] = "7",
        ["Input.Justification"] = "Needed for my role.",
    };

    [Fact]
    public async Task StartingARequest_WithoutLineManagerOrCostCentre_SaysSoAndWhatToDo_BeforeAnythingIsSubmitted()
    {
        await factory.CreateApiClientAsync("guide-lm@example.nhs.uk", Roles.LineManager);
        await factory.CreateApiClientAsync("guide-alone@example.nhs.uk");
        await factory.CreateApiClientAsync("guide-ready@example.nhs.uk");
        await factory.SetPersonAsync("guide-alone@example.nhs.uk", null, costCentre: null);
        await factory.SetPersonAsync("guide-ready@example.nhs.uk", "guide-lm@example.nhs.uk", "FIN-100");
        var alone = await factory.SignInFormClientAsync("guide-alone@example.nhs.uk");
        var ready = await factory.SignInFormClientAsync("guide-ready@example.nhs.uk");

        foreach (var url in new[] { "/Funding/Edit", "/Funding" })
        {
            var page = await new HtmlParser().ParseDocumentAsync(await alone.GetPageAsync(url));
            var guidance = page.QuerySelector("[data-testid='funding-readiness']")?.TextContent ?? "";
            Assert.Contains(FundingReadiness.NoLineManager, guidance);
            Assert.Contains(FundingReadiness.NoCostCentre, guidance);
            Assert.Contains("save a draft", guidance);

            var readyPage = await new HtmlParser().ParseDocumentAsync(await ready.GetPageAsync(url));
            Assert.Null(readyPage.QuerySelector("[data-testid='funding-readiness']"));
        }

        await factory.SetPersonAsync("guide-alone@example.nhs.uk", "guide-lm@example.nhs.uk", costCentre: null);
        var onlyCostCentre = (await new HtmlParser().ParseDocumentAsync(await alone.GetPageAsync("/Funding/Edit")))
            .QuerySelector("[data-testid='funding-readiness']")!.TextContent;
        Assert.DoesNotContain(FundingReadiness.NoLineManager, onlyCostCentre);
        Assert.Contains(FundingReadiness.NoCostCentre, onlyCostCentre);
    }

    [Fact]
    public async Task StudyLeave_IsAskedInDaysOrHours_DaysConvertAtTheWorkingDay_AndTheHoursBoundLandsOnTheField()
    {
        await factory.CreateApiClientAsync("leave-days@example.nhs.uk");
        var pages = await factory.SignInFormClientAsync("leave-days@example.nhs.uk");
        var form = await new HtmlParser().ParseDocumentAsync(await pages.GetPageAsync("/Funding/Edit"));
        Assert.Contains("A working day here is 7.5 hours, so 2 days is 15 hours", form.GetElementById("Input_StudyLeave-hint")!.TextContent);
        Assert.Null(form.QuerySelector("[name='Input.StudyLeaveHours']"));
        Assert.Null(form.QuerySelector("[name='Input.StudyLeaveDays']"));

        var days = await pages.SubmitFormAsync("/Funding/Edit", new(Draft("Leave in days")) { ["Input.TuitionFee"] = "£1,200", ["Input.StudyLeave"] = "3", ["Input.StudyLeaveUnit"] = "Days" });
        Assert.Equal(HttpStatusCode.Redirect, days.StatusCode);
        var hours = await pages.SubmitFormAsync("/Funding/Edit", new(Draft("Leave in hours")) { ["Input.TuitionFee"] = "1,200.50", ["Input.StudyLeave"] = "4", ["Input.StudyLeaveUnit"] = "Hours" });
        Assert.Equal(HttpStatusCode.Redirect, hours.StatusCode);
        var saved = await factory.WithDbAsync(db => db.FundingRequests.Where(r => r.Title.StartsWith("Leave in")).OrderBy(r => r.Title).ToListAsync());
        Assert.Equal([(1200m, 22.5m), (1200.50m, 4m)], saved.Select(r => (r.TuitionFee, r.StudyLeaveHours)));

        // Changing a request shows the leave as it was asked: whole working days in days.
        var edit = await new HtmlParser().ParseDocumentAsync(await pages.GetPageAsync($"/Funding/Edit/{saved[0].Id}"));
        Assert.Equal("3", edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("[name='Input.StudyLeave']")!.Value);
        Assert.True(edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("[name='Input.StudyLeaveUnit'][value='Days']")!.IsChecked);

        // A one-day course cannot take 4 days (30 hours) of leave: the error is on the study leave field, in hours and days.
        var tooMuch = await DocumentAsync(await pages.SubmitFormAsync("/Funding/Edit", new(Draft("Too much leave")) { ["Input.TuitionFee"] = "100", ["Input.StudyLeave"] = "4" }));
        var error = FieldError(tooMuch, "Input_StudyLeave");
        Assert.NotNull(error);
        Assert.Contains("cannot be more than 24 for each day", error);
        Assert.Contains("You asked for 4 days, which at 7.5 hours a day is 30 hours", error);
        Assert.StartsWith("Error: ", tooMuch.Title);

        // Planned hours over the same bound: on the planned hours field, not in the summary only.
        var planned = await DocumentAsync(await pages.SubmitFormAsync("/Funding/Edit", new(Draft("Too many hours")) { ["Input.TuitionFee"] = "100", ["Input.PlannedHours"] = "25" }));
        Assert.Contains("Planned CPD hours cannot be more than 24 for each day", FieldError(planned, "Input_PlannedHours"));
        Assert.Equal("#Input_PlannedHours", planned.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));

        // An amount that is not money says how to write it, on its field, with every other wrong field in the same round.
        var money = await DocumentAsync(await pages.SubmitFormAsync("/Funding/Edit", new(Draft("Bad money")) { ["Input.TuitionFee"] = "12,00", ["Input.ExamFee"] = "£ten", ["Input.Provider"] = "" }));
        Assert.Equal("Enter the tuition fee in pounds, for example 1,200 or £1,200.50", FieldError(money, "Input_TuitionFee"));
        Assert.Equal("Enter the exam or registration fees in pounds, for example 1,200 or £1,200.50", FieldError(money, "Input_ExamFee"));
        Assert.Equal("Enter the provider", FieldError(money, "Input_Provider"));
        Assert.DoesNotContain(money.QuerySelectorAll(".nhsuk-error-summary__list li"), li => li.TextContent.Contains("is not valid", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.FundingRequests.CountAsync(r => r.Title == "Too much leave" || r.Title == "Too many hours" || r.Title == "Bad money")));
    }

    [Fact]
    public async Task AcceptingALearningAgreement_ShowsTheAmountsAndSchedule_BeforeTheAcceptanceIsRecorded()
    {
        var admin = await factory.CreateApiClientAsync("cya-admin@example.nhs.uk", Roles.Admin);
        var manager = await factory.CreateApiClientAsync("cya-manager@example.nhs.uk");
        await factory.CreateApiClientAsync("cya-other@example.nhs.uk");
        (await admin.PostAsJsonAsync("/api/v1/agreements/templates", new
        {
            name = "Check-your-answers agreement",
            minFees = 1000m,
            minCredits = 60,
            scheduleKind = "Tiered",
            tiers = "12:100;24:50",
            linearMonths = 0,
            triggers = "Resignation, Dismissal, WithdrawalFromCourse, FailureToComplete",
            waivers = "Redundancy, MaternityRelated, InternalTransfer",
            terms = "Repay the fees if you leave.",
        }, Json)).EnsureSuccessStatusCode();
        var created = await manager.PostAsJsonAsync("/api/v1/funding-requests", Request("CIPFA diploma", 1200m, 250m), Json);
        created.EnsureSuccessStatusCode();
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var pages = await factory.SignInFormClientAsync("cya-manager@example.nhs.uk");

        var details = await new HtmlParser().ParseDocumentAsync(await pages.GetPageAsync($"/Funding/Details/{id}"));
        Assert.Equal($"/Funding/Agreement/{id}", details.QuerySelector("[data-testid='check-agreement']")!.GetAttribute("href"));
        Assert.Null(details.QuerySelector("[data-testid='accept-agreement']"));

        var check = await new HtmlParser().ParseDocumentAsync(await pages.GetPageAsync($"/Funding/Agreement/{id}"));
        Assert.Contains("£1,450.00", check.QuerySelector("[data-testid='agreement-amount']")!.TextContent);
        Assert.Equal("100% within 12 months of completion, 50% within 24 months of completion, nothing after 24 months",
            check.QuerySelector("[data-testid='agreement-schedule']")!.TextContent.Trim());
        var rows = check.QuerySelectorAll("[data-testid='agreement-repayments'] tbody tr")
            .Select(tr => (tr.Children[0].TextContent.Trim(), tr.Children[1].TextContent.Trim())).ToList();
        Assert.Equal(
        [
            ("If you withdraw from the course or do not complete it", "£1,450.00"),
            ("If you resign before you complete the course", "£1,450.00"),
            ("If you resign within 12 months of completing", "£1,450.00"),
            ("If you resign 12 months to 24 months after completing", "£725.00"),
            ("If you resign 24 months or more after completing", "£0.00"),
        ], rows);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AgreementAcceptances.CountAsync(a => a.FundingRequestId == id)));

        // Someone else cannot see or accept it.
        var other = await factory.SignInFormClientAsync("cya-other@example.nhs.uk");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Funding/Agreement/{id}")).StatusCode);

        // An agreement read at one version is not accepted at another.
        var stale = await pages.SubmitFormAsync($"/Funding/Agreement/{id}", new() { ["TemplateId"] = Guid.NewGuid().ToString() });
        var stalePage = await DocumentAsync(stale);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed while you were reading it", stalePage.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AgreementAcceptances.CountAsync(a => a.FundingRequestId == id)));

        var accepted = await pages.SubmitFormAsync($"/Funding/Agreement/{id}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/Funding/Details/{id}", accepted.Headers.Location!.OriginalString);
        var acceptance = await factory.WithDbAsync(db => db.AgreementAcceptances.SingleAsync(a => a.FundingRequestId == id));
        Assert.Equal(1450m, acceptance.Amount);

        // Once accepted, the step sends the person back to the request.
        Assert.Equal(HttpStatusCode.Redirect, (await pages.GetAsync($"/Funding/Agreement/{id}")).StatusCode);
    }
}
