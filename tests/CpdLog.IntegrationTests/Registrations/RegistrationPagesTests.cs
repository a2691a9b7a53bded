namespace CpdLog.IntegrationTests.Registrations;

using System.Net;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class RegistrationPagesTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task Dashboard_NoRegistrations_PromptsToAddOne()
    {
        var client = await factory.CreateSignedInFormClientAsync("empty-dash@example.nhs.uk");

        var html = await client.GetPageAsync("/Dashboard");

        Assert.Contains("data-testid=\"dashboard-empty\"", html);
        Assert.Contains("href=\"/Registrations/Add\"", html);
    }

    [Fact]
    public async Task Add_ChooseBodyThenDetails_ShowsOnDashboardAsNotMet()
    {
        var client = await factory.CreateSignedInFormClientAsync("add-page@example.nhs.uk");

        var choose = await client.GetPageAsync("/Registrations/Add");
        Assert.Contains("value=\"NMC\"", choose);
        var details = await client.GetPageAsync("/Registrations/Add?body=NMC");
        Assert.Contains("Renewal date (the last day of the month your registration expires)", details);
        Assert.Contains("name=\"Input.Options[registration]\"", details);

        var response = await client.PostFormAsync("/Registrations/Add", new()
        {
            ["Input.BodyCode"] = "NMC",
            ["Input.RegistrationNumber"] = "12A3456E",
            ["Input.AnchorDate"] = "2027-06-30",
            ["Input.Options[registration]"] = "nurse-and-midwife",
        }, "/Registrations/Add?body=NMC");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard", response.Headers.Location?.OriginalString);
        var dashboard = await client.GetPageAsync("/Dashboard");
        Assert.Contains("Nursing and Midwifery Council (NMC)", dashboard);
        // Issue 14: nothing logged with months left is "At risk" (was "Not met"); close to the deadline (fixed date) "Not met".
        Assert.Matches("data-status=\"(at-risk|not-met)\"", dashboard);
        Assert.Contains("What to do next", dashboard);
        Assert.Contains("Log 35 more CPD hours", dashboard);
        var registration = await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.RegistrationNumber == "12A3456E"));
        Assert.Equal("nurse-and-midwife", registration.Options["registration"]);
    }

    [Fact]
    public async Task Add_MissingNumberAndBadDate_ShowsErrorSummaryAndKeepsInput()
    {
        var client = await factory.CreateSignedInFormClientAsync("add-invalid@example.nhs.uk");

        var response = await client.PostFormAsync("/Registrations/Add", new()
        {
            ["Input.BodyCode"] = "HCPC",
            ["Input.RegistrationNumber"] = "",
            ["Input.AnchorDate"] = "2027-02-30",
        }, "/Registrations/Add?body=HCPC");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("Enter your registration or membership number", html);
        Assert.Contains("The date must be a real date", html); // NHS date input message (was "Enter a real date")
        Assert.Equal("2027-2-30", Records.PageHelpers.InputValue(html, "Input.AnchorDate")); // the boxes keep what was typed: 30, 2, 2027
    }

    [Fact]
    public async Task Dashboard_ShowsAchievedHoursAndMetRequirements()
    {
        var email = "dash-hours@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(email);
        await client.PostFormAsync("/Registrations/Add", new()
        {
            ["Input.BodyCode"] = "NMC",
            ["Input.RegistrationNumber"] = "77B7777B",
            ["Input.AnchorDate"] = MonthEnd(DateTime.UtcNow.AddMonths(10)), // NMC renewal dates are month ends
        }, "/Registrations/Add?body=NMC");
        var owner = await factory.UserIdAsync(email);
        await factory.WithDbAsync(db =>
        {
            var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10));
            db.Activities.Add(new CpdActivity { OwnerId = owner, Title = "Leadership course", StartDate = day, EndDate = day, Hours = 35, ParticipatoryHours = 20 });
            return db.SaveChangesAsync();
        });

        var html = await client.GetPageAsync("/Dashboard");

        Assert.Matches("data-requirement=\"cpd-hours\"[\\s\\S]*?data-testid=\"achieved\">35<", html);
        Assert.Matches("data-requirement=\"cpd-hours\"[\\s\\S]*?nhsuk-tag--green\">Met<", html);
    }

    [Fact]
    public async Task EditAndDelete_ThroughPages_UpdateAndMoveToBin()
    {
        var email = "edit-page@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(email);
        await client.PostFormAsync("/Registrations/Add", new()
        {
            ["Input.BodyCode"] = "CIPD",
            ["Input.RegistrationNumber"] = "111",
            ["Input.AnchorDate"] = "2019-03-01",
        }, "/Registrations/Add?body=CIPD");
        var id = (await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.RegistrationNumber == "111"))).Id;

        var edit = await client.PostFormAsync($"/Registrations/Edit/{id}", new()
        {
            ["Input.RegistrationNumber"] = "222",
            ["Input.AnchorDate"] = "2020-04-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var index = await client.GetPageAsync("/Registrations");
        Assert.Contains("222", index);
        Assert.Contains("1 April 2020", index);

        var delete = await client.PostFormAsync($"/Registrations/Delete/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        var binned = await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == id));
        Assert.NotNull(binned.DeletedAt);
        Assert.DoesNotContain("222", await client.GetPageAsync("/Registrations"));
    }

    [Fact]
    public async Task AnotherUsersRegistration_PagesReturn404AndChangeNothing()
    {
        var owner = await factory.CreateSignedInFormClientAsync("page-owner@example.nhs.uk");
        var intruder = await factory.CreateSignedInFormClientAsync("page-intruder@example.nhs.uk");
        await owner.PostFormAsync("/Registrations/Add", new()
        {
            ["Input.BodyCode"] = "GMC",
            ["Input.RegistrationNumber"] = "7654321",
            ["Input.AnchorDate"] = "2028-04-30",
        }, "/Registrations/Add?body=GMC");
        var id = (await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.RegistrationNumber == "7654321"))).Id;

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Registrations/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Registrations/Delete/{id}")).StatusCode);
        var post = await intruder.PostFormAsync($"/Registrations/Delete/{id}", [], "/Registrations");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var edit = await intruder.PostFormAsync($"/Registrations/Edit/{id}", new() { ["Input.RegistrationNumber"] = "X", ["Input.AnchorDate"] = "2028-04-30" }, "/Registrations");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain("7654321", await intruder.GetPageAsync("/Dashboard"));
        Assert.DoesNotContain("7654321", await intruder.GetPageAsync("/Registrations"));

        var untouched = await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == id));
        Assert.Null(untouched.DeletedAt);
        Assert.Equal("7654321", untouched.RegistrationNumber);
    }

    private static string MonthEnd(DateTime d) =>
        new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
