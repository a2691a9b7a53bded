namespace CpdLog.IntegrationTests.Notifications;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Core.Records;
using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The reminder job (issue 14, item 3) on the real app: a fake clock walks through CPD cycles, e-mails go over SMTP to
/// the test listener. Each test uses its own years, because the day claims live in the shared database.
/// CIPD (calendar year, 3 reflections) with no reflections: on track until about 8 June, then at risk.
/// </summary>
public sealed class ReminderJobTests(ReminderAppFactory factory) : IClassFixture<ReminderAppFactory>
{
    [Fact]
    public async Task FakeClockThroughACycle_AtRiskOnce_90_30_7DaysOnce_MissedDaysCaughtUpOnce()
    {
        var y = factory.FreshYear();
        const string email = "walk@example.nhs.uk";
        await CipdUserAsync(email);

        async Task<int> At(int year, int m, int d)
        {
            factory.SetDay(year, m, d);
            var run = await factory.TickAsync();
            Assert.True(run.Ran, $"no run on {year}-{m}-{d}");
            return factory.MailTo(email).Count;
        }

        Assert.Equal(0, await At(y, 1, 4)); // 4 days into the year: on track
        Assert.False((await factory.TickAsync()).Ran); // the day is claimed: a second tick does nothing
        Assert.Equal(0, await At(y, 6, 1)); // floor(3 × 152/365 − 0.3) = 0: still on track
        Assert.Equal(1, await At(y, 7, 1)); // at risk
        Assert.Equal(1, await At(y, 7, 2)); // still at risk: not sent again
        Assert.Equal(1, await At(y, 10, 1)); // 91 days left
        Assert.Equal(2, await At(y, 10, 2)); // 90 days left
        Assert.Equal(2, await At(y, 10, 3));

        // The job did not run from 4 October to 4 December: on 5 December (26 days left) the 30-day reminder is sent once.
        Assert.Equal(3, await At(y, 12, 5));
        Assert.Equal(3, await At(y, 12, 6));
        Assert.Equal(4, await At(y, 12, 24)); // 7 days left
        Assert.Equal(4, await At(y, 12, 31));
        Assert.Equal(4, await At(y + 1, 1, 3)); // new cycle: on track again

        var subjects = factory.MailTo(email).Select(m => m.Subject).ToList();
        Assert.Equal(
            ["Your CIPD CPD is at risk", "90 days to your CIPD deadline: 1 item not met", "30 days to your CIPD deadline: 1 item not met",
                "7 days to your CIPD deadline: 1 item not met"],
            subjects);
        var atRisk = factory.MailTo(email)[0].TextBody;
        Assert.Contains("Reflections this year: At risk, 0 of 3", atRisk, StringComparison.Ordinal);
        Assert.Contains($"deadline is 31 December {y} (183 days left)", atRisk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_ExactlyOneMailPerEvent()
    {
        var y = factory.FreshYear();
        const string email = "twins@example.nhs.uk";
        await CipdUserAsync(email);
        var twin = factory.Twin();
        try
        {
            _ = twin.Services; // start the second instance

            // Both instances race to send the same events (the day's claim bypassed): each event once.
            factory.SetDay(y, 7, 3);
            var day = new DateOnly(y, 7, 3);
            var sent = await Task.WhenAll(factory.SendDueAsync(day), twin.SendDueAsync(day), factory.SendDueAsync(day), twin.SendDueAsync(day));
            Assert.Single(factory.MailTo(email));
            Assert.Equal("Your CIPD CPD is at risk", factory.MailTo(email)[0].Subject);

            // Both tick on the 90-day morning: one claims the day and sends; the other does nothing.
            factory.SetDay(y, 10, 2);
            var runs = await Task.WhenAll(factory.TickAsync(), twin.TickAsync());
            Assert.Equal(1, runs.Count(r => r.Ran));
            Assert.Equal(2, factory.MailTo(email).Count);
            var userId = await factory.UserIdAsync(email);
            Assert.Equal(1, await factory.WithDbAsync(db => db.ReminderEvents.CountAsync(e => e.UserId == userId && e.Threshold == "days-90" && e.Cycle == $"{y}-01-01" && e.SentAt != null)));
            Assert.True(sent.Sum() >= 1);
        }
        finally
        {
            await twin.DisposeAsync();
        }
    }

    [Fact]
    public async Task UnsubscribeLink_WorksWithoutSignIn_WithListUnsubscribeHeaders()
    {
        var y = factory.FreshYear();
        const string email = "unsubscribe@example.nhs.uk";
        await CipdUserAsync(email);
        factory.SetDay(y, 7, 1);
        Assert.True((await factory.TickAsync()).Ran);
        var mail = Assert.Single(factory.MailTo(email));

        // RFC 8058: an https-or-http URI in angle brackets, and the one-click POST header.
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var header = mail.Headers["List-Unsubscribe"]!;
        Assert.Matches("^<http://localhost:5000/Notifications/Unsubscribe\\?token=[^>]+>$", header);
        var url = new Uri(header.Trim('<', '>'));
        Assert.Contains(url.ToString(), mail.TextBody, StringComparison.Ordinal);

        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await anonymous.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Stop at-risk alerts", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await PreferencesAsync(email)).AtRiskAlerts); // looking at the page changes nothing

        // The mail program's one-click POST: no cookie, no antiforgery token.
        var oneClick = await anonymous.PostAsync(url.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Contains("You will not get at-risk alerts any more", await oneClick.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await PreferencesAsync(email);
        Assert.False(after.AtRiskAlerts);
        Assert.True(after.DeadlineReminders); // only the kind the link names

        // A changed token is refused and changes nothing.
        var tampered = url.PathAndQuery[..^3] + (url.PathAndQuery.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsync(tampered, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/Notifications/Unsubscribe?token=nonsense")).StatusCode);

        // No further at-risk e-mail in the next cycle; the deadline reminder still comes.
        factory.SetDay(y, 10, 2);
        await factory.TickAsync();
        Assert.Equal(["Your CIPD CPD is at risk", "90 days to your CIPD deadline: 1 item not met"], factory.MailTo(email).Select(m => m.Subject));
        factory.SetDay(y + 1, 7, 1);
        await factory.TickAsync();
        Assert.Equal(2, factory.MailTo(email).Count);
    }

    [Fact]
    public async Task MonthlyDigest_OncePerMonth_WhenChosen_CaughtUpAfterAMissedFirst()
    {
        var y = factory.FreshYear();
        const string email = "digest@example.nhs.uk";
        var client = await CipdUserAsync(email);
        var put = await client.PutAsJsonAsync("/api/v1/me/notification-preferences",
            new { atRiskAlerts = false, deadlineReminders = false, monthlyDigest = true, teamSummary = false });
        put.EnsureSuccessStatusCode();

        foreach (var (m, d) in new[] { (2, 3), (2, 4), (2, 28), (3, 1), (3, 2) })
        {
            factory.SetDay(y, m, d);
            await factory.TickAsync();
        }

        var digests = factory.MailTo(email);
        Assert.Equal([$"Your CPD in February {y}", $"Your CPD in March {y}"], digests.Select(x => x.Subject));
        Assert.Contains("Chartered Institute of Personnel and Development (CIPD): On track", digests[0].TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<http://localhost:5000/Notifications/Unsubscribe?token=", digests[0].Headers["List-Unsubscribe"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamSummary_LineManagerOptsIn_StatusesOfReportsOnly_NoPrivateContent()
    {
        var y = factory.FreshYear();
        const string managerEmail = "lm-summary@example.nhs.uk";
        var manager = await factory.CreateApiClientAsync(managerEmail, Roles.LineManager);
        await CipdUserAsync("report-summary@example.nhs.uk");
        await CipdUserAsync("outsider-summary@example.nhs.uk");
        var managerId = await factory.UserIdAsync(managerEmail);
        var reportId = await factory.UserIdAsync("report-summary@example.nhs.uk");
        await factory.WithDbAsync(async db =>
        {
            var report = await db.Users.SingleAsync(u => u.Id == reportId);
            report.DisplayName = "Robin Report";
            report.LineManagerId = managerId;
            (await db.Users.SingleAsync(u => u.Email == "outsider-summary@example.nhs.uk")).DisplayName = "Olive Outsider";
            db.Reflections.Add(new ReflectiveAccount
            {
                OwnerId = reportId, Title = "SECRET-TITLE", Date = new DateOnly(y - 1, 12, 1), Nature = "SECRET-NATURE", Learning = "x",
                ChangeInPractice = "x", IsPrivate = true, CreatedAt = factory.Time.GetUtcNow(), UpdatedAt = factory.Time.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

        var put = await manager.PutAsJsonAsync("/api/v1/me/notification-preferences",
            new { atRiskAlerts = true, deadlineReminders = true, monthlyDigest = false, teamSummary = true });
        put.EnsureSuccessStatusCode();
        Assert.True((await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("teamSummary").GetBoolean());

        factory.SetDay(y, 8, 1);
        await factory.TickAsync();
        factory.SetDay(y, 8, 2);
        await factory.TickAsync();

        var summary = Assert.Single(factory.MailTo(managerEmail));
        Assert.Equal($"Your team's CPD status: August {y}", summary.Subject);
        var body = summary.TextBody ?? "";
        Assert.Contains($"Robin Report\n  CIPD: At risk, deadline 31 December {y}", body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Olive Outsider", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reflections", body, StringComparison.Ordinal); // no requirement details either
    }

    [Fact]
    public async Task PreferencesApi_DefaultsThenReplaced_TeamSummaryOnlyForLineManagers()
    {
        var y = factory.FreshYear();
        var client = await factory.CreateApiClientAsync("prefs-api@example.nhs.uk");

        var defaults = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/notification-preferences");
        Assert.True(defaults.GetProperty("atRiskAlerts").GetBoolean());
        Assert.True(defaults.GetProperty("deadlineReminders").GetBoolean());
        Assert.False(defaults.GetProperty("monthlyDigest").GetBoolean());
        Assert.False(defaults.GetProperty("teamSummary").GetBoolean());
        Assert.False(defaults.GetProperty("canHaveTeamSummary").GetBoolean());

        var refused = await client.PutAsJsonAsync("/api/v1/me/notification-preferences",
            new { atRiskAlerts = true, deadlineReminders = true, monthlyDigest = true, teamSummary = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("teamSummary", out _));

        var missing = await client.PutAsJsonAsync("/api/v1/me/notification-preferences", new { atRiskAlerts = false });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("monthlyDigest", out _));

        var saved = await client.PutAsJsonAsync("/api/v1/me/notification-preferences",
            new { atRiskAlerts = false, deadlineReminders = true, monthlyDigest = true, teamSummary = false });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var now = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/notification-preferences");
        Assert.False(now.GetProperty("atRiskAlerts").GetBoolean());
        Assert.True(now.GetProperty("monthlyDigest").GetBoolean());
    }

    [Fact]
    public async Task PreferencesPage_UnderManageAccount_SavesChoices()
    {
        factory.FreshYear();
        const string email = "prefs-page@example.nhs.uk";
        var form = await factory.CreateSignedInFormClientAsync(email);

        var page = await form.Http.GetStringAsync("/Identity/Account/Manage/Notifications");
        Assert.Contains("Reminder e-mails", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.TeamSummary", page, StringComparison.Ordinal); // not a line manager

        var response = await form.SubmitFormAsync("/Identity/Account/Manage/Notifications",
            new() { ["Input.DeadlineReminders"] = "false", ["Input.MonthlyDigest"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await PreferencesAsync(email);
        Assert.True(saved.AtRiskAlerts);
        Assert.False(saved.DeadlineReminders);
        Assert.True(saved.MonthlyDigest);
    }

    private async Task<HttpClient> CipdUserAsync(string email)
    {
        var client = await factory.CreateApiClientAsync(email);
        var created = await client.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "CIPD", registrationNumber = "C123", anchorDate = "2020-01-01" });
        created.EnsureSuccessStatusCode();
        return client;
    }

    private async Task<Core.Notifications.NotificationPreferences> PreferencesAsync(string email)
    {
        var id = await factory.UserIdAsync(email);
        return await factory.WithDbAsync(async db =>
            await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == id) ?? new Core.Notifications.NotificationPreferences());
    }
}
