namespace CpdLog.BrowserTests.SignOffs;

using System.Text.RegularExpressions;
using CpdLog.BrowserTests.Infrastructure;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.Web.Infrastructure.Time;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

[Collection(BrowserCollection.Name)]
public sealed partial class SignOffJourneyTests(BrowserAppFixture app)
{
    [Fact]
    public async Task Confirmer_OpensTheLinkFromTheEmail_AndSignsOff_OnAnAccessiblePage()
    {
        var user = await app.CreateUserAsync("signoff-nurse@example.nhs.uk", "Nia Nurse");
        var today = TimeProvider.System.UkToday();
        var registrationId = await app.WithDbAsync(async db =>
        {
            var end = today.AddMonths(10);
            var registration = new ProfessionalRegistration
            {
                OwnerId = user.Id, BodyCode = "NMC", RegistrationNumber = "12A3456E", AnchorDate = new DateOnly(end.Year, end.Month, DateTime.DaysInMonth(end.Year, end.Month)),
                Options = new() { ["registration"] = "nurse" }, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Registrations.Add(registration);
            db.Activities.Add(new CpdActivity
            {
                OwnerId = user.Id, Title = "Safeguarding adults level 3", StartDate = today.AddDays(-20), EndDate = today.AddDays(-20),
                Hours = 7.5m, ParticipatoryHours = 7.5m, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            return registration.Id;
        });

        // The registrant asks from the registration's sign-off page.
        var registrant = await app.SignedInPageAsync("signoff-nurse@example.nhs.uk");
        registrant.SetDefaultTimeout(45_000); // the shared 2-core machine can be slow; a wait that long is still a failure
        await registrant.GotoAsync($"/Registrations/SignOffs/{registrationId}");
        await registrant.SelectOptionAsync("[name='Input.Kind']", "Confirmation");
        await registrant.FillAsync("[name='Input.Name']", "Carol Confirmer");
        await registrant.FillAsync("[name='Input.Email']", "carol.confirmer@trust.example.nhs.uk");
        await registrant.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(registrant.Locator("[data-testid='sign-off-request'][data-status='pending']")).ToContainTextAsync("Carol Confirmer");

        // The confirmer follows the link in the e-mail, in a browser with no CpdLog session.
        var mail = app.Mail().Last(m => m.To.Mailboxes.Any(b => b.Address == "carol.confirmer@trust.example.nhs.uk"));
        var link = LinkPattern().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        Assert.StartsWith(app.BaseUrl, link.Value, StringComparison.Ordinal);
        var confirmer = await app.NewPageAsync(link.Value);
        confirmer.SetDefaultTimeout(45_000);
        await Assertions.Expect(confirmer.Locator("h1")).ToHaveTextAsync("NMC revalidation confirmation");
        await Assertions.Expect(confirmer.Locator("[data-testid='registrant']")).ToContainTextAsync("Nia Nurse");
        await Assertions.Expect(confirmer.Locator("[data-testid='summary']")).ToContainTextAsync("Safeguarding adults level 3");
        await Assertions.Expect(confirmer.Locator("[data-testid='privacy-notice']")).ToContainTextAsync("How your information is used");

        var axe = await confirmer.RunAxe();
        Assert.True(axe.Violations.Length == 0, "Accessibility violations on the sign-off page:\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Select(n => n.Html))})")));

        await confirmer.FillAsync("[name='Answer.SignerRole']", "Ward manager (line manager)");
        await confirmer.SelectOptionAsync("[name='Answer.SignerCategory']", nameof(ConfirmerCategory.NmcRegistrantLineManager));
        await confirmer.CheckAsync("[name='Answer.SignerIsNmcRegistrant'][type='checkbox']");
        await confirmer.FillAsync("[name='Answer.SignerProfessionalId']", "34B1234Z");
        await confirmer.FillAsync("[name='Answer.SignerPostcode']", "AB1 2CD");
        await confirmer.FillDateAsync("Answer.MeetingDate", today.AddDays(-1));
        await confirmer.GetByLabel("Continuing professional development", new() { Exact = true }).CheckAsync();
        await confirmer.GetByLabel("I make this declaration").CheckAsync();
        await confirmer.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();

        await Assertions.Expect(confirmer.Locator("[data-testid='sign-off-done']")).ToHaveAttributeAsync("data-state", "signed");
        await Assertions.Expect(confirmer.Locator("[data-testid='content-hash']")).ToHaveTextAsync(HashPattern());
        var afterSign = await confirmer.RunAxe();
        Assert.True(afterSign.Violations.Length == 0, string.Join("\n", afterSign.Violations.Select(v => $"{v.Id}: {v.Help}")));

        // The registrant sees it signed, and the confirmation is in their records, marked and not editable.
        await registrant.ReloadAsync();
        await Assertions.Expect(registrant.Locator("[data-testid='sign-off-request']")).ToHaveAttributeAsync("data-status", "signed");
        await registrant.GotoAsync("/Records/Confirmations");
        await Assertions.Expect(registrant.Locator("[data-testid='signed-electronically']")).ToBeVisibleAsync();
        var stored = await app.WithDbAsync(db => db.Confirmations.AsNoTracking().SingleAsync(c => c.OwnerId == user.Id));
        Assert.Equal("34B1234Z", stored.ConfirmerProfessionalId);
        Assert.NotNull(stored.SignOffId);

        // The same link again: a clear page, not the form.
        var again = await app.NewPageAsync(link.Value);
        await Assertions.Expect(again.Locator("[data-testid='sign-off-state']")).ToHaveAttributeAsync("data-state", "signed");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/SignOff/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();
}
