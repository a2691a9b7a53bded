namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Each rebuilt account form driven as a browser would: bad input gives the NHS error summary (every message, in one
/// round, each linked to its field) and an "Error: " title; good input does what the page says.
/// </summary>
public sealed class AccountFormTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task SignedOutForms_BadInput_ShowTheErrorSummary()
    {
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));

        await AssertErrorsAsync(await browser.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = "", ["Input.Password"] = "" }),
            "Sign in", "Enter your email address", "Enter your password");
        await AssertErrorsAsync(await browser.PostFormAsync("/Identity/Account/Register", new()
            {
                ["Input.DisplayName"] = "",
                ["Input.Email"] = "not-an-address",
                ["Input.Password"] = "short",
                ["Input.ConfirmPassword"] = "different",
            }),
            "Create an account", "Enter your full name", "Enter an email address in the correct format", "The passwords do not match");
        await AssertErrorsAsync(await browser.PostFormAsync("/Identity/Account/Register", new()
            {
                ["Input.DisplayName"] = "Short Password",
                ["Input.Email"] = "short-password@example.nhs.uk",
                ["Input.Password"] = "alllowercase",
                ["Input.ConfirmPassword"] = "alllowercase",
            }),
            "Create an account", "Password must include a capital letter", "Password must include a number");
        await AssertErrorsAsync(await browser.PostFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = "nobody" }),
            "Reset your password", "Enter an email address in the correct format");
        await AssertErrorsAsync(await browser.PostFormAsync("/Identity/Account/ResendEmailConfirmation", new() { ["Input.Email"] = "" }),
            "Send a new confirmation link", "Enter your email address");
        await AssertErrorsAsync(await browser.PostFormAsync("/Identity/Account/ResetPassword", new()
            {
                ["Input.Code"] = "a-code",
                ["Input.Email"] = "",
                ["Input.Password"] = "",
                ["Input.ConfirmPassword"] = "",
            }, "/Identity/Account/ResetPassword?code=abcd"),
            "Choose a new password", "Enter your email address", "Enter a new password", "Confirm your new password");

        var register = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = "forms-reset@example.nhs.uk", password = CpdLogAppFactory.Password });
        register.EnsureSuccessStatusCode();
        await AssertErrorsAsync(await browser.PostFormAsync("/Identity/Account/ResetPassword", new()
            {
                ["Input.Code"] = "not-a-token-we-issued",
                ["Input.Email"] = "forms-reset@example.nhs.uk",
                ["Input.Password"] = "Another-Good-Password-3",
                ["Input.ConfirmPassword"] = "Another-Good-Password-3",
            }, "/Identity/Account/ResetPassword?code=abcd"),
            "Choose a new password", "This link has expired or has already been used");
    }

    [Fact]
    public async Task SignedOutForms_GoodInput_AnswerAlikeForKnownAndUnknownAddresses()
    {
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = "forms-known@example.nhs.uk", password = CpdLogAppFactory.Password })).EnsureSuccessStatusCode();

        foreach (var email in new[] { "forms-known@example.nhs.uk", "forms-unknown@example.nhs.uk" })
        {
            var forgot = await browser.PostFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, forgot.StatusCode);
            Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", forgot.Headers.Location?.OriginalString);

            var resend = await browser.PostFormAsync("/Identity/Account/ResendEmailConfirmation", new() { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
            Assert.Contains("<h1>Check your email</h1>", await resend.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var reset = await browser.PostFormAsync("/Identity/Account/ResetPassword", new()
            {
                ["Input.Code"] = "x",
                ["Input.Email"] = email == "forms-unknown@example.nhs.uk" ? email : "forms-unknown-2@example.nhs.uk",
                ["Input.Password"] = "Another-Good-Password-3",
                ["Input.ConfirmPassword"] = "Another-Good-Password-3",
            }, "/Identity/Account/ResetPassword?code=abcd");
            Assert.Equal("/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location?.OriginalString);
        }

        var login = await browser.GetPageAsync("/Identity/Account/Register");
        Assert.Contains("At least 12 characters, with upper and lower case letters and a number", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileAndPasswordForms_ShowErrors_ThenSave()
    {
        const string email = "forms-profile@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(email);

        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage", new() { ["Input.DisplayName"] = "" }), "Your profile", "Enter your full name");
        var saved = await client.SubmitFormAsync("/Identity/Account/Manage", new() { ["Input.DisplayName"] = "Renamed Manager", ["Input.JobTitle"] = "Ward manager" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await client.GetPageAsync("/Identity/Account/Manage");
        Assert.Contains("Your profile is saved.", profile, StringComparison.Ordinal);
        Assert.Contains("value=\"Renamed Manager\"", profile, StringComparison.Ordinal);
        Assert.Contains(email, profile, StringComparison.Ordinal);

        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/Email", new() { ["Input.NewEmail"] = email }, formSelector: "[data-testid=change-email-form]"),
            "Email address", "This is already your email address");
        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/Email", new() { ["Input.NewEmail"] = "nope" }, formSelector: "[data-testid=change-email-form]"),
            "Email address", "Enter an email address in the correct format");

        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/ChangePassword", new()
            {
                ["Input.OldPassword"] = "Wrong-Password-99",
                ["Input.NewPassword"] = "Changed-Password-77",
                ["Input.ConfirmPassword"] = "Changed-Password-77",
            }),
            "Change your password", "Enter your current password correctly");
        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/ChangePassword", new()
            {
                ["Input.OldPassword"] = CpdLogAppFactory.Password,
                ["Input.NewPassword"] = "Changed-Password-77",
                ["Input.ConfirmPassword"] = "Changed-Password-78",
            }),
            "Change your password", "The passwords do not match");
        var changed = await client.SubmitFormAsync("/Identity/Account/Manage/ChangePassword", new()
        {
            ["Input.OldPassword"] = CpdLogAppFactory.Password,
            ["Input.NewPassword"] = "Changed-Password-77",
            ["Input.ConfirmPassword"] = "Changed-Password-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var again = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "Changed-Password-77" })).StatusCode);
    }

    [Fact]
    public async Task SetPassword_ForAnAccountWithout_ShowsErrors_ThenSets()
    {
        const string email = "forms-setpassword@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(email);
        await WithUserAsync(email, (users, u) => users.RemovePasswordAsync(u));
        Assert.Equal("/Identity/Account/Manage/SetPassword", (await client.GetAsync("/Identity/Account/Manage/ChangePassword")).Headers.Location?.OriginalString);

        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/SetPassword", new() { ["Input.NewPassword"] = "abc", ["Input.ConfirmPassword"] = "abc" }),
            "Set a password", "Password must be 12 characters or more");
        var set = await client.SubmitFormAsync("/Identity/Account/Manage/SetPassword", new() { ["Input.NewPassword"] = "First-Own-Password-5", ["Input.ConfirmPassword"] = "First-Own-Password-5" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var login = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.Redirect, (await login.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "First-Own-Password-5" })).StatusCode);
    }

    [Fact]
    public async Task TwoFactorForms_ShowErrors_RecoveryCodesWork_AndResetNeedsProof()
    {
        const string email = "forms-2fa@example.nhs.uk";
        var t0 = DateTimeOffset.UtcNow.AddMinutes(20);
        factory.Now = t0;
        try
        {
            var client = await factory.CreateSignedInFormClientAsync(email);
            await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = "12" }),
                "Set up an authenticator app", "Enter the code as 6 numbers");
            await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = "000000" }),
                "Set up an authenticator app", "Enter the code your authenticator app shows now");

            var page = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
            var key = (await new HtmlParser().ParseDocumentAsync(page)).QuerySelector("[data-testid=shared-key] kbd")!.TextContent;
            var enabled = await client.SubmitFormAsync("/Identity/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = Totp.Code(key, t0) });
            Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", enabled.Headers.Location?.OriginalString);
            var codes = (await new HtmlParser().ParseDocumentAsync(await client.GetPageAsync("/Identity/Account/Manage/ShowRecoveryCodes")))
                .QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
            Assert.Equal(10, codes.Count);
            // Shown once: the next visit goes back to the two-factor page.
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Identity/Account/Manage/ShowRecoveryCodes")).StatusCode);

            var status = await client.GetPageAsync("/Identity/Account/Manage/TwoFactorAuthentication");
            Assert.Contains("You have 10 recovery codes left", status, StringComparison.Ordinal);

            await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/Disable2fa", new() { ["Input.Password"] = "Wrong-Password-1", ["Input.Code"] = "" }),
                "Turn off two-factor authentication", "Enter your password or a current code");
            await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/ResetAuthenticator", new() { ["Input.Password"] = "", ["Input.Code"] = "" }),
                "Move to a new phone or authenticator app", "Enter your password or a current code");

            var second = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
            var step = await second.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = CpdLogAppFactory.Password });
            var secondStep = step.Headers.Location!.OriginalString;
            await AssertErrorsAsync(await second.SubmitFormAsync(secondStep, new() { ["Input.TwoFactorCode"] = "" }),
                "Enter the code from your authenticator app", "Enter the code from your authenticator app");
            await AssertErrorsAsync(await second.SubmitFormAsync("/Identity/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = "AAAAA-BBBBB" }),
                "Sign in with a recovery code", "Enter a recovery code you have not used before");
            var recovered = await second.SubmitFormAsync("/Identity/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = codes[0] });
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/Dashboard")).StatusCode);
            Assert.Contains("You have 9 recovery codes left", await second.GetPageAsync("/Identity/Account/Manage/TwoFactorAuthentication"), StringComparison.Ordinal);

            var regenerated = await second.SubmitFormAsync("/Identity/Account/Manage/GenerateRecoveryCodes");
            Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", regenerated.Headers.Location?.OriginalString);
            var fresh = (await new HtmlParser().ParseDocumentAsync(await second.GetPageAsync("/Identity/Account/Manage/ShowRecoveryCodes")))
                .QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
            Assert.Equal(10, fresh.Count);
            Assert.DoesNotContain(codes[1], fresh);

            var reset = await second.SubmitFormAsync("/Identity/Account/Manage/ResetAuthenticator", new() { ["Input.Password"] = CpdLogAppFactory.Password });
            Assert.Equal("/Identity/Account/Manage/EnableAuthenticator", reset.Headers.Location?.OriginalString);
            Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
            var newKey = (await new HtmlParser().ParseDocumentAsync(await second.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator")))
                .QuerySelector("[data-testid=shared-key] kbd")!.TextContent;
            Assert.NotEqual(key, newKey);
        }
        finally
        {
            factory.Now = null;
        }
    }

    [Fact]
    public async Task DeletePersonalData_WrongOrNoPassword_ShowsErrors_AndDeletesNothing()
    {
        const string email = "forms-delete@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(email);
        var page = await client.GetPageAsync("/Identity/Account/Manage/DeletePersonalData");
        Assert.Contains("What we delete", page, StringComparison.Ordinal);
        Assert.Contains("What your employer keeps", page, StringComparison.Ordinal);

        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/DeletePersonalData", new() { ["Input.Password"] = "" }),
            "Close your account and delete your data", "Enter your password to confirm");
        await AssertErrorsAsync(await client.SubmitFormAsync("/Identity/Account/Manage/DeletePersonalData", new() { ["Input.Password"] = "Wrong-Password-1" }),
            "Close your account and delete your data", "Enter your password correctly to confirm");
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email && !u.IsDisabled)));
    }

    private static async Task AssertErrorsAsync(HttpResponseMessage response, string title, params string[] messages)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.Headers.Location}");
        var document = await new HtmlParser().ParseDocumentAsync(html);
        Assert.StartsWith("Error: " + title, document.Title, StringComparison.Ordinal);
        var summary = document.QuerySelector(".nhsuk-error-summary");
        Assert.NotNull(summary);
        foreach (var message in messages)
        {
            Assert.Contains(message, summary.TextContent, StringComparison.Ordinal);
        }

        foreach (var link in summary.QuerySelectorAll("a[href^='#']"))
        {
            Assert.NotNull(document.GetElementById(link.GetAttribute("href")![1..]));
        }
    }

    private async Task WithUserAsync(string email, Func<CpdUserManager, CpdLog.Data.CpdUser, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<CpdUserManager>();
        await action(users, (await users.FindByEmailAsync(email))!);
    }
}
