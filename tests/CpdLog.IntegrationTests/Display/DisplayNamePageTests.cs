namespace CpdLog.IntegrationTests.Display;

using System.Net;
using System.Net.Http.Json;
using CpdLog.Data;
using CpdLog.IntegrationTests.Funding;
using CpdLog.Web.Infrastructure.Time;
using static CpdLog.IntegrationTests.Funding.FundingApi;

/// <summary>Enum values reach people as words on pages (issue 8 part 4), while the JSON API keeps the member names.</summary>
public sealed class DisplayNamePageTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    [Fact]
    public async Task FundingRequestPage_ShowsStudyModeStatusAndLeavingReasonsInWords_TheApiKeepsTheNames()
    {
        var admin = await factory.CreateApiClientAsync("names-admin@example.nhs.uk", Roles.Admin);
        var template = await admin.PostAsJsonAsync("/api/v1/agreements/templates", new
        {
            name = "Learning agreement", minFees = 1000m, minCredits = 60, scheduleKind = "Tiered", tiers = "12:100;24:50", linearMonths = 0,
            triggers = "Resignation, WithdrawalFromCourse, FailureToComplete", waivers = "MaternityRelated, InternalTransfer",
            terms = "Repay the fees if you leave.",
        }, Json);
        Assert.Equal(HttpStatusCode.Created, template.StatusCode);

        await factory.CreateApiClientAsync("names-lm@example.nhs.uk", Roles.LineManager);
        var manager = await factory.CreateApiClientAsync("names-manager@example.nhs.uk");
        await factory.SetPersonAsync("names-manager@example.nhs.uk", "names-lm@example.nhs.uk", "CC-NAMES");
        var created = await manager.PostAsJsonAsync("/api/v1/funding-requests", new
        {
            title = "Finance leadership programme", provider = "HFMA",
            startDate = TimeProvider.System.UkToday().AddDays(40), endDate = TimeProvider.System.UkToday().AddDays(100), mode = "WorkBased",
            tuitionFee = 1500m, examFee = 0m, studyLeaveDays = 1m, plannedHours = 30,
            justification = "Leading the finance team.", expectedImpact = "Better budgets.",
        }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        Assert.Equal(("WorkBased", "Draft"), (json.GetProperty("mode").GetString(), json.GetProperty("status").GetString())); // the API contract
        var id = json.GetProperty("id").GetGuid();
        (await manager.PostAsync($"/api/v1/funding-requests/{id}/submit", null)).EnsureSuccessStatusCode();

        var page = await (await factory.SignInFormClientAsync("names-manager@example.nhs.uk")).GetPageAsync($"/Funding/Details/{id}");

        Assert.Contains("HFMA (Work based)", page);
        Assert.Contains("Triggers: Resignation, Withdrawal from course, Failure to complete. Waived for: Maternity related, Internal transfer.", page);
        Assert.DoesNotContain("WithdrawalFromCourse", page);
        Assert.DoesNotContain("WorkBased", page);
        Assert.DoesNotContain("MaternityRelated", page);
    }
}
