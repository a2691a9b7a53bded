namespace CpdLog.IntegrationTests.Time;

using System.Net;
using System.Net.Http.Json;
using CpdLog.Data;
using CpdLog.IntegrationTests.Funding;
using static CpdLog.IntegrationTests.Funding.FundingApi;

/// <summary>
/// One "today" (issue 8 part 3): in British Summer Time the UK date starts an hour before the UTC date. At
/// 30 June 2026 23:30 UTC (1 July 00:30 BST) the records side and the funding side both take 1 July as today, and at
/// 31 March 2027 23:30 UTC (1 April 00:30 BST) the new NHS financial year has begun on every page and endpoint.
/// </summary>
public sealed class UkNightBoundaryTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    private static readonly DateTimeOffset HalfPastMidnightBstFirstJuly = new(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset HalfPastMidnightBstFirstApril = new(2027, 3, 31, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task At0030Bst_FirstJulyIsToday_OnTheRecordsSide_AndTheFundingSide()
    {
        factory.Now = HalfPastMidnightBstFirstJuly;
        var (manager, lineManager, costCentre) = await TeamAsync("bst-july");
        var budgetHolder = await factory.CreateApiClientAsync("bst-july-bh@example.nhs.uk", Roles.BudgetHolder);
        await factory.HoldAsync("bst-july-bh@example.nhs.uk", costCentre);
        (await budgetHolder.PutAsJsonAsync("/api/v1/budgets", new { costCentre, financialYear = "2026/27", allocated = 5000m, reason = "Allocation" })).EnsureSuccessStatusCode();

        // Records: a completed activity dated 1 July is today's, not "in the future"; 2 July still is.
        var firstJuly = await manager.PostAsJsonAsync("/api/v1/activities", Activity("2026-07-01"));
        Assert.Equal(HttpStatusCode.Created, firstJuly.StatusCode);
        var secondJuly = await manager.PostAsJsonAsync("/api/v1/activities", Activity("2026-07-02"));
        Assert.Equal(HttpStatusCode.BadRequest, secondJuly.StatusCode);
        Assert.Contains("cannot be in the future", await secondJuly.Content.ReadAsStringAsync());

        // Funding: study that started in June, completed on 1 July, is completed today, not in the future; 2 July still is.
        var created = await manager.PostAsJsonAsync("/api/v1/funding-requests", new
        {
            title = "Budget setting masterclass", provider = "HFMA", startDate = "2026-06-15", endDate = "2026-06-30", mode = "Online",
            tuitionFee = 400m, examFee = 0m, studyLeaveDays = 0m, plannedHours = 10,
            justification = "Budget setting for the new year.", expectedImpact = "A sounder budget.",
        }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await manager.PostAsync($"/api/v1/funding-requests/{id}/submit", null)).EnsureSuccessStatusCode();
        var approved = await lineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { allowRetrospective = true }, Json);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("InProgress", (await approved.JsonAsync()).GetProperty("status").GetString());

        var tooLate = await manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete",
            new { completedOn = "2026-07-02", actualHours = 10m, reflection = "Useful." }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("today or in the past", await tooLate.Content.ReadAsStringAsync());
        var complete = await manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete",
            new { completedOn = "2026-07-01", actualHours = 10m, reflection = "Useful." }, Json);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Equal("Completed", (await complete.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task At0030BstFirstApril_TheNewFinancialYearHasBegun_ForBudgets_StudyLeave_AndTheTeamOverview()
    {
        factory.Now = HalfPastMidnightBstFirstApril;
        var (_, _, costCentre) = await TeamAsync("bst-april");
        var budgetHolder = await factory.CreateApiClientAsync("bst-april-bh@example.nhs.uk", Roles.BudgetHolder);
        await factory.HoldAsync("bst-april-bh@example.nhs.uk", costCentre);
        foreach (var (year, amount) in new[] { ("2026/27", 1000m), ("2027/28", 2000m) })
        {
            (await budgetHolder.PutAsJsonAsync("/api/v1/budgets", new { costCentre, financialYear = year, allocated = amount, reason = "Allocation" })).EnsureSuccessStatusCode();
        }

        var budgets = await (await budgetHolder.GetAsync("/api/v1/budgets")).JsonAsync();
        var mine = Assert.Single(budgets.EnumerateArray(), b => b.GetProperty("costCentre").GetString() == costCentre);
        Assert.Equal(("2027/28", 2000m), (mine.GetProperty("financialYear").GetString(), mine.GetProperty("allocated").GetDecimal()));

        var managerPage = await (await factory.SignInFormClientAsync("bst-april-manager@example.nhs.uk")).GetPageAsync("/Funding");
        Assert.Contains("Study leave 2027/28", managerPage);
        var teamPage = await (await factory.SignInFormClientAsync("bst-april-lm@example.nhs.uk")).GetPageAsync("/Team/Overview");
        Assert.Contains("Team overview 2027/28", teamPage);
    }

    private async Task<(HttpClient Manager, HttpClient LineManager, string CostCentre)> TeamAsync(string prefix)
    {
        var costCentre = ("CC-" + prefix).ToUpperInvariant();
        var lineManager = await factory.CreateApiClientAsync($"{prefix}-lm@example.nhs.uk", Roles.LineManager);
        var manager = await factory.CreateApiClientAsync($"{prefix}-manager@example.nhs.uk");
        await factory.SetPersonAsync($"{prefix}-manager@example.nhs.uk", $"{prefix}-lm@example.nhs.uk", costCentre);
        await factory.SetPersonAsync($"{prefix}-lm@example.nhs.uk", null, costCentre);
        return (manager, lineManager, costCentre);
    }

    private static object Activity(string date) => new
    {
        title = "Finance leadership day on " + date,
        startDate = date,
        endDate = date,
        hours = 6m,
        participatoryHours = 6m,
        method = "CourseAttendance",
        activityType = "FormalEducational",
        status = "Completed",
        description = "Study day",
        relevanceToPractice = "Budget setting",
        learningOutcomes = "Learned",
    };
}
