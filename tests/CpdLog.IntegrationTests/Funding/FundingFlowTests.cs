namespace CpdLog.IntegrationTests.Funding;

using System.Net;
using System.Net.Http.Json;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CpdLog.IntegrationTests.Funding.FundingApi;

/// <summary>The whole funding flow through the real app as a manager, their line manager and a budget holder.</summary>
public sealed class FundingFlowTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    private sealed record Team(HttpClient Manager, HttpClient LineManager, HttpClient BudgetHolder, HttpClient Admin, string Prefix, string CostCentre);

    private async Task<Team> TeamAsync(string prefix, decimal budget = 10_000m, bool agreementTemplate = false)
    {
        string Email(string who) => $"{prefix}-{who}@example.nhs.uk";
        var costCentre = ("CC-" + prefix).ToUpperInvariant();
        var lineManager = await factory.CreateApiClientAsync(Email("lm"), Roles.LineManager);
        var budgetHolder = await factory.CreateApiClientAsync(Email("bh"), Roles.BudgetHolder);
        var admin = await factory.CreateApiClientAsync(Email("admin"), Roles.Admin);
        var manager = await factory.CreateApiClientAsync(Email("manager"));
        await factory.SetPersonAsync(Email("manager"), Email("lm"), costCentre);
        await factory.SetPersonAsync(Email("lm"), null, costCentre);
        await factory.SetPersonAsync(Email("bh"), null, costCentre);
        await factory.HoldAsync(Email("bh"), costCentre);
        var set = await budgetHolder.PutAsJsonAsync("/api/v1/budgets",
            new { costCentre, financialYear = FinancialYear.Containing(TimeProvider.System.UkToday().AddDays(30)).Label, allocated = budget, reason = "Initial allocation" });
        set.EnsureSuccessStatusCode();
        if (agreementTemplate)
        {
            await EnsureTemplateAsync(admin);
        }

        return new Team(manager, lineManager, budgetHolder, admin, prefix, costCentre);
    }

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);

    private async Task EnsureTemplateAsync(HttpClient admin)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (await factory.WithDbAsync(db => db.AgreementTemplates.AnyAsync()))
            {
                return;
            }

            var created = await admin.PostAsJsonAsync("/api/v1/agreements/templates", new
            {
                name = "Learning agreement",
                minFees = 1000m,
                minCredits = 60,
                scheduleKind = "Tiered",
                tiers = "12:100;24:50",
                linearMonths = 0,
                triggers = "Resignation, Dismissal, WithdrawalFromCourse, FailureToComplete",
                waivers = "Redundancy, MaternityRelated, InternalTransfer",
                terms = "Repay the fees if you leave.",
            }, Json);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    [Fact]
    public async Task WholeFlow_AboveThresholdWithAgreement_ApprovedTwice_CompletedAndRepayable()
    {
        var team = await TeamAsync("flow", agreementTemplate: true);
        var id = await CreateSubmittedAsync(team.Manager, "CIPFA Certificate in IPSAS", 1200m, 250m);

        var noAgreement = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.Conflict, noAgreement.StatusCode);
        Assert.Contains("learning agreement", (await noAgreement.JsonAsync()).GetProperty("detail").GetString());

        var accepted = await team.Manager.PostAsJsonAsync("/api/v1/agreements", new { fundingRequestId = id }, Json);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var agreement = await accepted.JsonAsync();
        Assert.Equal(1, agreement.GetProperty("templateVersion").GetInt32());
        Assert.Equal(1450m, agreement.GetProperty("amount").GetDecimal());

        var own = await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);

        var first = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { comment = "Fits the PDP" }, Json);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("AwaitingBudgetHolder", (await first.JsonAsync()).GetProperty("status").GetString());

        var lineManagerAgain = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, lineManagerAgain.StatusCode);

        var second = await team.BudgetHolder.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { comment = "Funded" }, Json);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var approved = await second.JsonAsync();
        Assert.Equal("InProgress", approved.GetProperty("status").GetString());
        Assert.Equal(7.5m, approved.GetProperty("approvedLeaveHours").GetDecimal());

        var doubleApproval = await team.BudgetHolder.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.Conflict, doubleApproval.StatusCode);

        var edit = await team.Manager.PutAsJsonAsync($"/api/v1/funding-requests/{id}", Request("CIPFA Certificate in IPSAS", 5000m), Json);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);

        var activity = await factory.WithDbAsync(db => db.Activities.SingleAsync(a => a.FundingRequestId == id));
        Assert.Equal((ActivityStatus.Planned, 35m), (activity.Status, activity.Hours));

        var budget = await (await team.BudgetHolder.GetAsync("/api/v1/budgets")).JsonAsync();
        var mine = budget.EnumerateArray().Single(b => b.GetProperty("costCentre").GetString() == team.CostCentre);
        Assert.Equal(1450m, mine.GetProperty("committed").GetDecimal());
        Assert.Equal(8550m, mine.GetProperty("remaining").GetDecimal());

        // The study takes place (dates moved into the past), then it is completed: the hours count, repayment follows the schedule.
        var today = TimeProvider.System.UkToday();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"FundingRequests\" SET \"StartDate\" = {0}, \"EndDate\" = {1} WHERE \"Id\" = {2}", today.AddDays(-60), today.AddDays(-1), id));
        var request = await factory.WithDbAsync(db => db.FundingRequests.SingleAsync(r => r.Id == id));
        var complete = await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete",
            new { completedOn = request.EndDate, actualHours = 40m, reflection = "I can now apply IPSAS 33 to first-time adoption." }, Json);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);

        activity = await factory.WithDbAsync(db => db.Activities.SingleAsync(a => a.FundingRequestId == id));
        Assert.Equal((ActivityStatus.Completed, 40m, request.EndDate), (activity.Status, activity.Hours, activity.EndDate));

        var agreementId = agreement.GetProperty("id").GetGuid();
        var leaving = request.EndDate.AddMonths(13).ToString("yyyy-MM-dd");
        var repayable = await (await team.Manager.GetAsync($"/api/v1/agreements/{agreementId}/repayable?leavingDate={leaving}&reason=Resignation")).JsonAsync();
        Assert.Equal(725m, repayable.GetProperty("amount").GetDecimal());
        var waived = await (await team.Manager.GetAsync($"/api/v1/agreements/{agreementId}/repayable?leavingDate={leaving}&reason=Redundancy")).JsonAsync();
        Assert.True(waived.GetProperty("waived").GetBoolean());
        Assert.Equal(0m, waived.GetProperty("amount").GetDecimal());

        var stranger = await factory.CreateApiClientAsync("flow-stranger@example.nhs.uk");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/agreements/{agreementId}/repayable")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/funding-requests/{id}")).StatusCode);

        // Audit CSV (Admin page) and the leaver CSV for payroll.
        var adminPages = await factory.CreateSignedInFormClientAsync("flow-hr@example.nhs.uk", Roles.Admin);
        var audit = await adminPages.Http.GetStringAsync("/FundingAdmin/Audit?handler=Csv");
        Assert.Contains("ApprovedByLineManager", audit);
        Assert.Contains("AgreementAccepted", audit);
        Assert.Contains("BudgetAllocated", audit);
        Assert.Contains("1450.00", audit);
        var managerId = await factory.UserIdAsync("flow-manager@example.nhs.uk");
        var leaver = await adminPages.Http.GetStringAsync($"/FundingAdmin/Leavers?handler=Csv&UserId={managerId}&LeavingDate={leaving}&Reason=Resignation");
        Assert.Contains("CIPFA Certificate in IPSAS", leaver);
        Assert.Contains(",1450.00,50.00,725.00,", leaver);
    }

    [Fact]
    public async Task Approve_NotYourReport_Is404_AndDelegateInWindowMayDecide()
    {
        var team = await TeamAsync("report");
        var id = await CreateSubmittedAsync(team.Manager, "Power Query", 150m);
        var otherLineManager = await factory.CreateApiClientAsync("report-other-lm@example.nhs.uk", Roles.LineManager);

        var notMine = await otherLineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);

        var lmId = await factory.UserIdAsync("report-lm@example.nhs.uk");
        var otherId = await factory.UserIdAsync("report-other-lm@example.nhs.uk");
        await factory.WithDbAsync(db =>
        {
            var today = TimeProvider.System.UkToday();
            db.ApprovalDelegations.Add(new ApprovalDelegation { LineManagerId = lmId, DelegateId = otherId, From = today.AddDays(-1), To = today.AddDays(3) });
            return db.SaveChangesAsync();
        });

        var asDelegate = await otherLineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.OK, asDelegate.StatusCode);
    }

    [Fact]
    public async Task Approve_OverBudget_RefusedWithoutBudgetHolderOverride_AndOverrideIsAudited()
    {
        var team = await TeamAsync("overbudget", budget: 100m);
        var id = await CreateSubmittedAsync(team.Manager, "HFMA conference", 150m);

        var first = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal("AwaitingBudgetHolder", (await first.JsonAsync()).GetProperty("status").GetString());

        var refused = await team.BudgetHolder.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Contains("only £100.00 remains", problem.GetProperty("errors").GetProperty("budgetOverrideReason")[0].GetString());

        var overridden = await team.BudgetHolder.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { budgetOverrideReason = "Underspend in FIN-200" }, Json);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var entry = await factory.WithDbAsync(db => db.FundingAudit.SingleAsync(a => a.FundingRequestId == id && a.Kind == "BudgetOverride"));
        Assert.Equal("Underspend in FIN-200", entry.Detail);
    }

    [Fact]
    public async Task ValidationAndPermissions_ReturnProblemDetails()
    {
        var team = await TeamAsync("valid");

        var bad = await team.Manager.PostAsJsonAsync("/api/v1/funding-requests", new { title = "", provider = "x", startDate = "2027-01-01", endDate = "2027-01-02" }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("title", out _));

        var budget = await team.Manager.PutAsJsonAsync("/api/v1/budgets", new { costCentre = "X", financialYear = "2026/27", allocated = 1m }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, budget.StatusCode);
        foreach (var year in new[] { "next", "2026/28", "26/27" })
        {
            var unreadable = await team.LineManager.GetAsync($"/api/v1/budgets?year={Uri.EscapeDataString(year)}");
            Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
            Assert.Equal("application/problem+json", unreadable.Content.Headers.ContentType?.MediaType);
            Assert.True((await unreadable.JsonAsync()).GetProperty("errors").TryGetProperty("year", out _));
        }

        Assert.Equal(HttpStatusCode.OK, (await team.LineManager.GetAsync("/api/v1/budgets?year=2026/27")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await team.LineManager.GetAsync("/api/v1/budgets?year=")).StatusCode); // empty: the current year
        var template = await team.LineManager.PostAsJsonAsync("/api/v1/agreements/templates", new { name = "x" }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, template.StatusCode);

        var id = await CreateSubmittedAsync(team.Manager, "Retro course", 100m);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"FundingRequests\" SET \"StartDate\" = {0} WHERE \"Id\" = {1}", TimeProvider.System.UkToday().AddDays(-5), id));
        var retro = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, retro.StatusCode);
        Assert.True((await retro.JsonAsync()).GetProperty("errors").TryGetProperty("allowRetrospective", out _));
        var allowed = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { allowRetrospective = true }, Json);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task ConcurrentDecisions_OnlyOneWins()
    {
        var team = await TeamAsync("race");
        var id = await CreateSubmittedAsync(team.Manager, "Race course", 100m);

        // Two contexts load the same version; the second save must fail on the concurrency token.
        await using var scope1 = factory.Services.CreateAsyncScope();
        await using var scope2 = factory.Services.CreateAsyncScope();
        var db1 = scope1.ServiceProvider.GetRequiredService<CpdLogDbContext>();
        var db2 = scope2.ServiceProvider.GetRequiredService<CpdLogDbContext>();
        var r1 = await db1.FundingRequests.Include(r => r.History).SingleAsync(r => r.Id == id);
        var r2 = await db2.FundingRequests.Include(r => r.History).SingleAsync(r => r.Id == id);
        var ctx = new DecisionContext("lm", ApproverAuthority.LineManager, DateTimeOffset.UtcNow, TimeProvider.System.UkToday());
        Assert.True(r1.Approve(ctx, new ApprovalInput(), new ApprovalFacts(1000m, null, false, false)).Succeeded);
        Assert.True(r2.Reject(ctx, "No").Succeeded);
        db1.FundingDecisions.Add(r1.History[^1]);
        db2.FundingDecisions.Add(r2.History[^1]);
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        // Through the API: two simultaneous decisions by line manager and delegate; exactly one succeeds.
        var id2 = await CreateSubmittedAsync(team.Manager, "Race course 2", 100m);
        var responses = await Task.WhenAll(
            team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id2}/approve", new { }, Json),
            team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id2}/reject", new { comment = "No budget" }, Json));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Email_SubmissionReturnAndReminder_GoThroughRealSmtp_ReminderSentOnceAcrossInstances()
    {
        var team = await TeamAsync("mail");
        var id = await CreateSubmittedAsync(team.Manager, "Mail course", 100m);

        var toLineManager = await factory.Smtp.WaitForAsync(m => m.To.ToString().Contains("mail-lm@") && (m.Subject ?? "") == "Funding request to decide: Mail course");
        Assert.Single(toLineManager);
        Assert.Contains($"/Team/Decide/{id}", toLineManager[0].TextBody);

        (await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/return", new { comment = "Add the exam fee" }, Json)).EnsureSuccessStatusCode();
        var returned = await factory.Smtp.WaitForAsync(m => m.To.ToString().Contains("mail-manager@") && (m.Subject ?? "").StartsWith("Funding request returned", StringComparison.Ordinal));
        Assert.Contains("Add the exam fee", returned.Single().TextBody);

        (await team.Manager.PostAsync($"/api/v1/funding-requests/{id}/submit", null)).EnsureSuccessStatusCode();
        factory.Now = DateTimeOffset.UtcNow.AddDays(6);
        try
        {
            // Two "instances" race for the same reminders: the conditional UPDATE lets only one send each.
            await using var a = factory.Services.CreateAsyncScope();
            await using var b = factory.Services.CreateAsyncScope();
            var sent = await Task.WhenAll(
                a.ServiceProvider.GetRequiredService<FundingReminders>().RunOnceAsync(CancellationToken.None),
                b.ServiceProvider.GetRequiredService<FundingReminders>().RunOnceAsync(CancellationToken.None));
            Assert.True(sent.Sum() >= 1);
        }
        finally
        {
            factory.Now = null;
        }

        var reminders = await factory.Smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith("Reminder:", StringComparison.Ordinal) && m.Subject!.EndsWith("Mail course", StringComparison.Ordinal), count: 2, timeoutMs: 1500);
        Assert.Single(reminders);
        Assert.Contains("mail-lm@", reminders[0].To.ToString());
    }

    [Fact]
    public async Task Withdraw_AfterApproval_MovesThePlannedActivityToTheBin()
    {
        var team = await TeamAsync("withdraw");
        var id = await CreateSubmittedAsync(team.Manager, "Advanced Excel modelling", 300m);
        (await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json)).EnsureSuccessStatusCode();
        var activityId = await factory.WithDbAsync(async db => (await db.FundingRequests.SingleAsync(r => r.Id == id)).ActivityId);
        Assert.NotNull(activityId);

        var withdrawn = await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/withdraw", new { comment = "Course cancelled by the provider" }, Json);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var activity = await factory.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == activityId));
        Assert.NotNull(activity.DeletedAt);
        Assert.Equal(HttpStatusCode.NotFound, (await team.Manager.GetAsync($"/api/v1/activities/{activityId}")).StatusCode);
        var bin = await (await team.Manager.GetAsync("/api/v1/bin")).Content.ReadAsStringAsync();
        Assert.Contains(activityId.ToString()!, bin, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TeamOverview_ShowsEachReportsRegistrationStatus_NeverTheirReflections()
    {
        var team = await TeamAsync("overview");
        var today = TimeProvider.System.UkToday();
        (await team.Manager.PostAsJsonAsync("/api/v1/registrations",
            new { bodyCode = "NMC", registrationNumber = "12A3456E", anchorDate = MonthEnd(today.AddDays(300)) }, Json)).EnsureSuccessStatusCode();
        (await team.Manager.PostAsJsonAsync("/api/v1/reflections", new
        {
            title = "Difficult budget conversation",
            date = today.AddDays(-3),
            nature = "PRIVATE-NATURE-TEXT about a colleague",
            learning = "PRIVATE-LEARNING-TEXT",
            changeInPractice = "I now prepare options in advance.",
            codeRelevance = "Promote professionalism and trust.",
            codeThemes = new[] { "PromoteProfessionalismAndTrust" },
            isPrivate = true,
        }, Json)).EnsureSuccessStatusCode();
        var lineManager = new Infrastructure.FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await lineManager.PostFormAsync("/Identity/Account/Login",
            new() { ["Input.Email"] = "overview-lm@example.nhs.uk", ["Input.Password"] = Infrastructure.CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var html = await lineManager.GetPageAsync("/Team/Overview");

        Assert.Contains("overview-manager", html);
        Assert.Contains("NMC", html);
        Assert.Contains("data-status=\"at-risk\" class=\"nhsuk-tag nhsuk-tag--orange\">At risk<", html); // issue 14: the scale's words, not "Behind"
        Assert.DoesNotContain("Behind", html);
        Assert.DoesNotContain("PRIVATE-NATURE-TEXT", html);
        Assert.DoesNotContain("PRIVATE-LEARNING-TEXT", html);
        Assert.DoesNotContain("Difficult budget conversation", html);
    }

    /// <summary>NMC renewal dates are the last day of a month.</summary>
    private static DateOnly MonthEnd(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
}
