namespace CpdLog.IntegrationTests.Funding;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Funding.FundingApi;
using static CpdLog.IntegrationTests.Records.PageHelpers;

/// <summary>Every range and authority refusal of issue 10, through the API (problem details) and the pages (the error summary), never a 500.</summary>
public sealed class FundingRangeRefusalTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    private static readonly DateOnly Today = TimeProvider.System.UkToday();

    private sealed record Team(HttpClient Manager, FormClient ManagerPages, HttpClient LineManager, FormClient LineManagerPages, HttpClient BudgetHolder, FormClient BudgetHolderPages, string CostCentre);

    private static string Email(string prefix, string who) => $"{prefix}-{who}@example.nhs.uk";

    private async Task<Team> TeamAsync(string prefix, decimal budget = 10_000m)
    {
        var costCentre = ("CC-" + prefix).ToUpperInvariant();
        var lineManager = await factory.CreateApiClientAsync(Email(prefix, "lm"), Roles.LineManager);
        var budgetHolder = await factory.CreateApiClientAsync(Email(prefix, "bh"), Roles.BudgetHolder);
        var manager = await factory.CreateApiClientAsync(Email(prefix, "manager"));
        await factory.SetPersonAsync(Email(prefix, "manager"), Email(prefix, "lm"), costCentre);
        await factory.HoldAsync(Email(prefix, "bh"), costCentre);
        (await budgetHolder.PutAsJsonAsync("/api/v1/budgets",
            new { costCentre, financialYear = FinancialYear.Containing(Today.AddDays(30)).Label, allocated = budget, reason = "Initial" }, Json)).EnsureSuccessStatusCode();
        return new Team(manager, await factory.SignInFormClientAsync(Email(prefix, "manager")), lineManager, await factory.SignInFormClientAsync(Email(prefix, "lm")),
            budgetHolder, await factory.SignInFormClientAsync(Email(prefix, "bh")), costCentre);
    }

    private static async Task<(string Field, string Message)> FieldErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateObject());
        return (error.Name, error.Value[0].GetString()!);
    }

    private static async Task<string> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Decode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_MoneyAndHoursOutOfRange_AreRefusedOnTheField_ApiAndPage()
    {
        var team = await TeamAsync("rng");
        Dictionary<string, object> Body(string field, object value)
        {
            var json = JsonSerializer.SerializeToElement(Request("Range", 100m), Json);
            var body = json.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
            body[field] = value;
            return body;
        }

        foreach (var (field, value, expected) in new (string, object, string)[]
                 {
                     ("tuitionFee", 1e12m, "tuitionFee"),
                     ("tuitionFee", 100_000.01m, "tuitionFee"),
                     ("tuitionFee", 12.345m, "tuitionFee"),
                     ("travelCost", -1m, "travelCost"),
                     ("plannedHours", 1e9m, "plannedHours"),
                     ("studyLeaveDays", 7.9e27m, "studyLeaveDays"), // refused on the field itself (0 to 1,000 days) before it becomes hours
                     ("academicCredits", 100_000, "academicCredits"),
                 })
        {
            var (f, _) = await FieldErrorAsync(await team.Manager.PostAsJsonAsync("/api/v1/funding-requests", Body(field, value), Json));
            Assert.Equal(expected, f);
        }

        var html = await PageAsync(await team.ManagerPages.SubmitFormAsync("/Funding/Edit", new()
        {
            ["Input.Title"] = "Range page",
            ["Input.Provider"] = "CIPFA",
            ["Input.StartDate"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
            ["Input.EndDate"] = Today.AddDays(31).ToString("yyyy-MM-dd"),
            ["Input.TuitionFee"] = "1000000000000",
            ["Input.PlannedHours"] = "7",
            ["Input.Justification"] = "Needed.",
        }));
        Assert.Contains("The tuition fee must be £100,000.00 or less", html);
        var hours = await PageAsync(await team.ManagerPages.SubmitFormAsync("/Funding/Edit", new()
        {
            ["Input.Title"] = "Range page",
            ["Input.Provider"] = "CIPFA",
            ["Input.StartDate"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
            ["Input.EndDate"] = Today.AddDays(31).ToString("yyyy-MM-dd"),
            ["Input.TuitionFee"] = "100",
            ["Input.PlannedHours"] = "49",
            ["Input.Justification"] = "Needed.",
        }));
        Assert.Contains("Planned CPD hours cannot be more than 24 for each day", hours);
        Assert.Equal(0, await factory.WithDbAsync(db => db.FundingRequests.CountAsync(r => r.Title.StartsWith("Range"))));
    }

    [Fact]
    public async Task Approval_AboveWhatWasAsked_IsRefused_ApiAndPage()
    {
        var team = await TeamAsync("ask");
        var id = await CreateSubmittedAsync(team.Manager, "Ask", 150m);

        Assert.Equal("amount", (await FieldErrorAsync(await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve",
            new { amount = 1e12m, amountReason = "x" }, Json))).Field);
        Assert.Equal("amount", (await FieldErrorAsync(await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve",
            new { amount = 150.01m, amountReason = "x" }, Json))).Field);
        Assert.Equal("leaveHours", (await FieldErrorAsync(await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve",
            new { leaveHours = 8m }, Json))).Field);

        var html = await PageAsync(await team.LineManagerPages.SubmitFormAsync($"/Team/Decide/{id}", new()
        {
            ["decision"] = "approve",
            ["Input.Amount"] = "500",
            ["Input.AmountReason"] = "Generous",
        }));
        Assert.Contains("You cannot approve more than the £150.00 asked for", html);
        var leave = await PageAsync(await team.LineManagerPages.SubmitFormAsync($"/Team/Decide/{id}", new() { ["decision"] = "approve", ["Input.LeaveHours"] = "100" }));
        Assert.Contains("You cannot approve more than the 7.5 hours of study leave asked for", leave);
        Assert.Equal(FundingStatus.Submitted, await factory.WithDbAsync(db => db.FundingRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var lower = await team.LineManagerPages.SubmitFormAsync($"/Team/Decide/{id}", new()
        {
            ["decision"] = "approve",
            ["Input.Amount"] = "100",
            ["Input.AmountReason"] = "Travel not funded",
        });
        Assert.Equal(HttpStatusCode.Redirect, lower.StatusCode);
        Assert.Equal(100m, await factory.WithDbAsync(db => db.FundingRequests.Where(r => r.Id == id).Select(r => r.ApprovedAmount).SingleAsync()));
    }

    private async Task<Guid> InProgressInThePastAsync(Team team, string title, decimal tuition = 150m)
    {
        var id = await CreateSubmittedAsync(team.Manager, title, tuition);
        (await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json)).EnsureSuccessStatusCode();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"FundingRequests\" SET \"StartDate\" = {0}, \"EndDate\" = {1} WHERE \"Id\" = {2}", Today.AddDays(-3), Today.AddDays(-1), id));
        return id;
    }

    [Fact]
    public async Task Completion_OutOfRange_IsRefused_AboveApprovedGoesBackToTheApprover_ApiAndPages()
    {
        var team = await TeamAsync("cmp");
        var id = await InProgressInThePastAsync(team, "Completion");
        object Completion(decimal hours, decimal? cost, string? reason = null) =>
            new { completedOn = Today.AddDays(-1), actualHours = hours, actualCost = cost, costReason = reason, reflection = "Learned." };

        Assert.Equal("actualCost", (await FieldErrorAsync(await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete", Completion(7m, 1e12m, "why"), Json))).Field);
        Assert.Equal("actualHours", (await FieldErrorAsync(await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete", Completion(1e9m, null), Json))).Field);
        Assert.Equal("actualHours", (await FieldErrorAsync(await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete", Completion(72.5m, null), Json))).Field);
        Assert.Equal("costReason", (await FieldErrorAsync(await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete", Completion(7m, 200m), Json))).Field);
        var pageHours = await PageAsync(await team.ManagerPages.SubmitFormAsync($"/Funding/Complete/{id}", new()
        {
            ["Input.CompletedOn"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Input.ActualHours"] = "1000000000",
            ["Input.Reflection"] = "Learned.",
        }));
        Assert.Contains("cannot be more than 24 for each day", pageHours);
        var pageReason = await PageAsync(await team.ManagerPages.SubmitFormAsync($"/Funding/Complete/{id}", new()
        {
            ["Input.CompletedOn"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Input.ActualHours"] = "7",
            ["Input.ActualCost"] = "200",
            ["Input.Reflection"] = "Learned.",
        }));
        Assert.Contains("Give a reason why the study cost £200.00, more than the £150.00 approved", pageReason);
        Assert.Equal(FundingStatus.InProgress, await factory.WithDbAsync(db => db.FundingRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var sent = await team.ManagerPages.SubmitFormAsync($"/Funding/Complete/{id}", new()
        {
            ["Input.CompletedOn"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Input.ActualHours"] = "7",
            ["Input.ActualCost"] = "200",
            ["Input.CostReason"] = "The exam fee went up",
            ["Input.Reflection"] = "Learned.",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var dto = await (await team.Manager.GetAsync($"/api/v1/funding-requests/{id}")).JsonAsync();
        Assert.Equal(("AwaitingCostApproval", 200m), (dto.GetProperty("status").GetString(), dto.GetProperty("claimedAmount").GetDecimal()));

        // The requester cannot decide their own extra cost; the line manager refuses without a reason → field error; then accepts on the page.
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/cost-decision", new { accept = true }, Json)).StatusCode);
        Assert.Equal("comment", (await FieldErrorAsync(await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/cost-decision", new { accept = false }, Json))).Field);
        Assert.Contains("more than the £150.00 approved", Decode(await team.LineManagerPages.GetPageAsync($"/Team/Decide/{id}")));
        var accepted = await team.LineManagerPages.SubmitFormAsync($"/Team/Decide/{id}", new() { ["decision"] = "accept-cost", ["Input.Comment"] = "Agreed" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var budget = (await (await team.BudgetHolder.GetAsync("/api/v1/budgets")).JsonAsync()).EnumerateArray().Single(b => b.GetProperty("costCentre").GetString() == team.CostCentre);
        Assert.Equal((0m, 200m), (budget.GetProperty("committed").GetDecimal(), budget.GetProperty("spent").GetDecimal()));
    }

    [Fact]
    public async Task Budget_OnlyForHeldCostCentres_AndWithinRange_ApiAndPage()
    {
        var team = await TeamAsync("bud");
        var year = FinancialYear.Containing(Today).Label;

        var notHeld = await FieldErrorAsync(await team.BudgetHolder.PutAsJsonAsync("/api/v1/budgets", new { costCentre = "SOMEONE-ELSE", financialYear = year, allocated = 5m }, Json));
        Assert.Equal("costCentre", notHeld.Field);
        Assert.Equal("allocated", (await FieldErrorAsync(await team.BudgetHolder.PutAsJsonAsync("/api/v1/budgets",
            new { costCentre = team.CostCentre, financialYear = year, allocated = 7.9e27m }, Json))).Field);
        var html = await PageAsync(await team.BudgetHolderPages.PostFormAsync("/FundingAdmin?handler=Budget", new()
        {
            ["Budget.CostCentre"] = "SOMEONE-ELSE",
            ["Budget.FinancialYear"] = year,
            ["Budget.Allocated"] = "5",
            ["Budget.Reason"] = "Grab",
        }, "/FundingAdmin"));
        Assert.Contains("You do not hold SOMEONE-ELSE", html);
        Assert.False(await factory.WithDbAsync(db => db.Budgets.AnyAsync(b => b.CostCentre == "SOMEONE-ELSE")));
    }

    [Fact]
    public async Task Activity_MoreThan24HoursPerDay_IsRefused_ApiAndPage_ForEveryActivity()
    {
        var client = await factory.CreateSignedInFormClientAsync("rng-activity@example.nhs.uk");
        var payload = Records.RecordSamples.Valid("activities");
        payload["startDate"] = Today.AddDays(-2);
        payload["endDate"] = Today.AddDays(-1);
        payload["hours"] = 48.5m;
        payload["participatoryHours"] = 1m;

        var response = await client.Http.PostAsJsonAsync("/api/v1/activities", payload);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("24 for each day", (await response.JsonAsync()).GetProperty("errors").GetProperty("hours")[0].GetString());
        payload["hours"] = 48m;
        Assert.Equal(HttpStatusCode.Created, (await client.Http.PostAsJsonAsync("/api/v1/activities", payload)).StatusCode);
    }

    [Fact]
    public async Task StoredValuesOutOfRange_NeverBreakAPage_AndTheMigrationRepairRestoresThem()
    {
        var team = await TeamAsync("bad");
        var id = await InProgressInThePastAsync(team, "Corrupted");
        (await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete",
            new { completedOn = Today.AddDays(-1), actualHours = 7m, reflection = "Learned." }, Json)).EnsureSuccessStatusCode();
        var second = await InProgressInThePastAsync(team, "Corrupted too");
        var huge = decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // What the issue found: two completions at the decimal maximum and 1e9 CPD hours, stored before the ranges existed.
        await factory.WithDbAsync(async db =>
        {
            if (!db.IsSqlite)
            {
                return 0; // PostgreSQL's numeric(12,2) never stored these; the repair is still run below.
            }

            await db.Database.ExecuteSqlRawAsync("UPDATE \"FundingRequests\" SET \"SpentAmount\" = {0}, \"ActualHours\" = '1000000000' WHERE \"Id\" = {1}", huge, id);
            return await db.Database.ExecuteSqlRawAsync("UPDATE \"FundingRequests\" SET \"ApprovedAmount\" = {0} WHERE \"Id\" = {1}", huge, second);
        });

        foreach (var (client, url) in new[]
                 {
                     (team.BudgetHolderPages, $"/Team/Decide/{id}"), (team.LineManagerPages, "/Team"), (team.LineManagerPages, "/Team/Overview"),
                     (team.BudgetHolderPages, "/FundingAdmin"), (team.ManagerPages, "/Funding"), (team.ManagerPages, $"/Funding/Details/{id}"),
                 })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await team.BudgetHolder.GetAsync("/api/v1/budgets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await team.LineManager.GetAsync("/api/v1/team")).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            foreach (var sql in RangeRepair.Statements(db.IsSqlite))
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            return 0;
        });
        var repaired = await factory.WithDbAsync(db => db.FundingRequests.Where(r => r.Id == id || r.Id == second).ToDictionaryAsync(r => r.Id));
        Assert.Equal(150m, repaired[id].SpentAmount);
        if (await factory.WithDbAsync(db => Task.FromResult(db.IsSqlite)))
        {
            Assert.Equal(24m * 3, repaired[id].ActualHours);
            Assert.Equal(FundingLimits.ColumnMaxAmount, repaired[second].ApprovedAmount);
        }
    }
}
