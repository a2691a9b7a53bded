namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using MimeKit;

/// <summary>The real app sending account e-mails to a real SMTP listener started by the test.</summary>
public sealed class AccountEmailAppFactory : CpdLogAppFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Funding:RemindersEnabled"] = "false",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

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
