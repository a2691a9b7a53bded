namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;

/// <summary>
/// A set-password link stops working when its lifespan (<c>Accounts:LinkLifespan</c>, 24 hours in production, 3
/// seconds here) is over. Identity's token provider reads the system clock, so the test waits rather than moving a
/// fake clock.
/// </summary>
public sealed partial class LinkExpiryTests(ShortLinkAppFactory factory) : IClassFixture<ShortLinkAppFactory>
{
    [Fact]
    public async Task SetPasswordLink_StopsWorking_WhenItsLifespanIsOver()
    {
        const string invited = "late-invitee@example.nhs.uk";
        var admin = await factory.CreateSignedInFormClientAsync("late-admin@example.nhs.uk", "Admin");
        Assert.Contains("The link works once, for 3 seconds", await admin.GetPageAsync("/Admin/Users/Create"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/Admin/Users/Create", new() { ["Input.DisplayName"] = "Late Invitee", ["Input.Email"] = invited })).StatusCode);
        var message = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == invited))).Single();
        Assert.Contains("works once, for 3 seconds", message.TextBody, StringComparison.Ordinal);
        var linkPath = new Uri(Link().Match(message.TextBody ?? "").Value).PathAndQuery;
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var page = await browser.GetPageAsync(linkPath);

        await Task.Delay(TimeSpan.FromSeconds(4));
        var late = await browser.SubmitFormAsync(linkPath, new() { ["Input.Password"] = "Too-Late-Password-4", ["Input.ConfirmPassword"] = "Too-Late-Password-4" });

        Assert.Contains("<h1>Set your password</h1>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("This link has expired or has already been used", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Users.Where(u => u.Email == invited).Select(u => u.PasswordHash))));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
