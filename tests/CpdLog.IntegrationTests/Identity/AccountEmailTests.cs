namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using MimeKit;

public sealed partial class AccountEmailTests(AccountEmailAppFactory factory) : IClassFixture<AccountEmailAppFactory>
{
    [Fact]
    public async Task Register_ConfirmEmail_ForgotPassword_Reset_SignInWithNewPassword()
    {
        const string email = "forgetful@example.nhs.uk";
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));

        var registered = await browser.PostFormAsync("/Identity/Account/Register", new()
        {
            ["Input.DisplayName"] = "Forgetful Manager",
            ["Input.Email"] = email,
            ["Input.Password"] = CpdLogAppFactory.Password,
            ["Input.ConfirmPassword"] = CpdLogAppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var confirmation = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("Confirm", StringComparison.Ordinal))).Single();
        var confirmLink = LinkIn(confirmation);
        var confirmed = await browser.GetPageAsync(PathOf(confirmLink));
        Assert.Contains("Thank you for confirming your email", confirmed);

        var anonymous = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var forgot = await anonymous.PostFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = email });
        Assert.True(forgot.StatusCode == HttpStatusCode.Redirect, await forgot.Content.ReadAsStringAsync());

        var reset = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("Reset", StringComparison.Ordinal))).Single();
        var resetPath = PathOf(LinkIn(reset));
        const string newPassword = "Brand-New-Password-77";
        // The reset page decodes the link's code into a hidden field; post what the page holds, as a browser does.
        var resetPage = await anonymous.GetPageAsync(resetPath);
        var code = WebUtility.HtmlDecode(Regex.Match(resetPage, "name=\"Input.Code\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.NotEmpty(code);
        var done = await anonymous.PostFormAsync(resetPath.Split('?')[0], new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
            ["Input.Code"] = code,
        }, pageUrl: resetPath);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var oldLogin = await new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }))
            .PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, oldLogin.StatusCode);
        var newLogin = await new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }))
            .PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = newPassword });
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
    }

    [Fact]
    public async Task AdminCreatedAccount_GetsAnEmailedSetPasswordLink_ThatWorksOnce()
    {
        const string invited = "invited-by-admin@example.nhs.uk";
        var admin = await factory.CreateSignedInFormClientAsync("link-admin@example.nhs.uk", "Admin");

        var created = await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.DisplayName"] = "Invited Manager",
            ["Input.Email"] = invited,
            ["Input.JobTitle"] = "Practice manager",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = await admin.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("We have emailed a link to " + invited, edit, StringComparison.Ordinal);
        Assert.DoesNotContain("temporary password", edit, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Users.Where(u => u.Email == invited).Select(u => u.PasswordHash))));

        var welcome = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == invited))).Single();
        Assert.Contains("set your password", welcome.Subject, StringComparison.Ordinal);
        Assert.Contains("works once, for 24 hours", welcome.TextBody, StringComparison.Ordinal);
        var linkPath = PathOf(LinkIn(welcome));
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var page = await browser.GetPageAsync(linkPath);
        Assert.Contains("<h1>Set your password</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{invited}\"", page, StringComparison.Ordinal);

        const string chosen = "Own-Chosen-Password-8";
        var set = await browser.SubmitFormAsync(linkPath, new() { ["Input.Password"] = chosen, ["Input.ConfirmPassword"] = chosen });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("Your password is set", await browser.GetPageAsync(set.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var signIn = await new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }))
            .PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = invited, ["Input.Password"] = chosen });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Users.Where(u => u.Email == invited).Select(u => u.EmailConfirmed))));

        // Single use: the same link cannot set the password again.
        var reused = await browser.SubmitFormAsync(linkPath, new() { ["Input.Password"] = "Attacker-Password-9", ["Input.ConfirmPassword"] = "Attacker-Password-9" });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("This link has expired or has already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_SendsANewSetPasswordLink_OnlyWhileNoPasswordIsSet_AndTheSecurityLogRecordsEachLink()
    {
        const string invited = "lost-the-link@example.nhs.uk";
        var admin = await factory.CreateSignedInFormClientAsync("resend-admin@example.nhs.uk", "Admin");
        var created = await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.DisplayName"] = "Lost Link",
            ["Input.Email"] = invited,
            ["Input.JobTitle"] = "Finance manager",
        });
        var editPath = created.Headers.Location!.OriginalString;
        Assert.Contains("has not set a password yet", await admin.GetPageAsync(editPath), StringComparison.Ordinal);

        var resent = await admin.SubmitFormAsync(editPath, [], formSelector: "form[action*='handler=SendLink']");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Contains("We have emailed a new link to " + invited, await admin.GetPageAsync(resent.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var links = await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == invited), count: 2);
        Assert.Equal(2, links.Count);

        // The newest link works; once a password is set the page offers no link and a stale post is refused.
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var linkPath = PathOf(LinkIn(links[^1]));
        const string chosen = "Second-Link-Password-7";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync(linkPath, new() { ["Input.Password"] = chosen, ["Input.ConfirmPassword"] = chosen })).StatusCode);
        var after = await admin.GetPageAsync(editPath);
        Assert.Contains("Lost Link has set a password", after, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=SendLink", after, StringComparison.Ordinal);
        var id = editPath[(editPath.LastIndexOf('/') + 1)..];
        var refused = await admin.PostFormAsync($"/Admin/Users/Edit/{id}?handler=SendLink", [], pageUrl: editPath);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Lost Link has already set a password", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == invited), count: 2)).Count);

        var logged = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.SecurityEvents.Where(e => e.Email == invited && e.Kind == CpdLog.Data.Security.SecurityEventKind.PasswordLinkSent).Select(e => e.Detail)));
        Assert.Equal(["Set-password link: account created by an administrator", "Set-password link: new link sent by an administrator"], logged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ForgottenPassword_UnknownAddress_SameAnswer_NoEmail()
    {
        const string known = "forgot-known@example.nhs.uk";
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = known, password = CpdLogAppFactory.Password })).EnsureSuccessStatusCode();
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));

        var unknown = await browser.PostFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = "no-such-person@example.nhs.uk" });
        var knownAnswer = await browser.PostFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = known });

        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", unknown.Headers.Location?.OriginalString);
        Assert.Equal(unknown.Headers.Location, knownAnswer.Headers.Location);
        // The known address's message arrives (sent after the unknown one was handled); none went to the unknown one.
        Assert.Single(await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == known) && (m.Subject ?? "").Contains("Reset", StringComparison.Ordinal)));
        Assert.DoesNotContain(factory.Smtp.Received, r => r.Recipients.Contains("no-such-person@example.nhs.uk"));
    }

    [Fact]
    public async Task ChangeEmail_LinkGoesToTheNewAddress_AndMovesTheAccount()
    {
        const string old = "mover-old@example.nhs.uk";
        const string moved = "mover-new@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(old);
        var asked = await client.SubmitFormAsync("/Identity/Account/Manage/Email", new() { ["Input.NewEmail"] = moved }, formSelector: "[data-testid=change-email-form]");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("we have sent a link to " + moved, await client.GetPageAsync("/Identity/Account/Manage/Email"), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users, u => u.Email == old)));

        var message = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == moved))).Single();
        var done = await client.GetPageAsync(PathOf(LinkIn(message)));
        Assert.Contains("Your email address has changed", done, StringComparison.Ordinal);
        var signIn = await new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }))
            .PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = moved, ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    private static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "No link in: " + message.TextBody);
        Assert.DoesNotContain("&amp;", match.Value);
        return match.Value;
    }

    private static string PathOf(string link) => new Uri(link).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
