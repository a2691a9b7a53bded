namespace CpdLog.Web.Infrastructure.Security;

using CpdLog.Web.Infrastructure.Email;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// The account e-mails that carry a link: reset a password, set the first password of an account an Admin created,
/// confirm an e-mail address and confirm a change of address. Each link holds an Identity token: a password link
/// works once (it is bound to the security stamp, which the new password changes) and for
/// <c>DataProtectionTokenProviderOptions.TokenLifespan</c> (<c>Accounts:LinkLifespan</c>, 24 hours by default). Links are built on <c>Email:BaseUrl</c>, never
/// on the request's Host header.
/// </summary>
public sealed class PasswordLinks(
    CpdUserManager users, IMailSender mail, PublicAddress address, IOptions<DataProtectionTokenProviderOptions> tokens, SecurityAudit audit)
{
    public async Task SendResetAsync(CpdUser user)
    {
        var link = await PasswordLinkAsync(user, welcome: false);
        await audit.RecordAsync(SecurityEventKind.PasswordLinkSent, user, detail: "Reset link (forgotten password)");
        await SendAsync(user, user.Email!, "Reset your CpdLog password",
            $"Someone asked to reset the password of your CpdLog account. To choose a new password, open this link:\n\n{link}\n\nThe link works once, for {Lifespan}. If it was not you, ignore this message: your password has not changed.");
    }

    /// <summary>
    /// For an account an Admin created: the person chooses their own first password (no temporary one).
    /// <paramref name="why"/> goes into the security log ("account created", "new link sent by an administrator").
    /// </summary>
    public async Task SendWelcomeAsync(CpdUser user, string why)
    {
        var link = await PasswordLinkAsync(user, welcome: true);
        await audit.RecordAsync(SecurityEventKind.PasswordLinkSent, user, detail: "Set-password link: " + why);
        await SendAsync(user, user.Email!, "Your CpdLog account: set your password",
            $"An administrator has created a CpdLog account for you. To choose your password, open this link:\n\n{link}\n\nThe link works once, for {Lifespan}. If it has expired, ask for a new one at {address.Page("/Account/ForgotPassword", new { area = "Identity" })}\n\nThen sign in with your email address: {address.Page("/Account/Login", new { area = "Identity" })}");
    }

    public async Task SendConfirmationAsync(CpdUser user)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = address.Page("/Account/ConfirmEmail", new { area = "Identity", userId = user.Id, code });
        await SendAsync(user, user.Email!, "Confirm your e-mail address for CpdLog",
            $"Confirm your e-mail address by opening this link:\n\n{link}\n\nIf you did not create a CpdLog account, ignore this message.");
    }

    /// <summary>A link, sent to the new address, that moves the account to it once opened.</summary>
    public async Task SendEmailChangeAsync(CpdUser user, string newEmail)
    {
        var code = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        var link = address.Page("/Account/ConfirmEmailChange", new { area = "Identity", userId = user.Id, email = newEmail, code });
        await SendAsync(user, newEmail, "Confirm your new e-mail address for CpdLog",
            $"To use this address for your CpdLog account, open this link:\n\n{link}\n\nUntil you do, your account keeps its old address. If you did not ask for this, ignore this message.");
    }

    /// <summary>To an address that already has an account, instead of a change link: nothing about either account is revealed to the requester.</summary>
    public Task SendAddressTakenAsync(CpdUser requester, string newEmail) =>
        SendAsync(requester, newEmail, "Your e-mail address and CpdLog",
            $"Someone asked to move a CpdLog account to this e-mail address, which already has a CpdLog account, so nothing has changed.\n\nIf it was you, sign in with this address: {address.Page("/Account/Login", new { area = "Identity" })}");

    private async Task<string> PasswordLinkAsync(CpdUser user, bool welcome)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        return welcome
            ? address.Page("/Account/ResetPassword", new { area = "Identity", email = user.Email, code, welcome = true })
            : address.Page("/Account/ResetPassword", new { area = "Identity", email = user.Email, code });
    }

    /// <summary>The link lifespan in words: "24 hours", "30 minutes".</summary>
    public string Lifespan => tokens.Value.TokenLifespan switch
    {
        { TotalHours: >= 1 } t when t.TotalHours % 1 == 0 => t.TotalHours == 1 ? "1 hour" : $"{t.TotalHours:0} hours",
        { TotalMinutes: >= 1 } t when t.TotalMinutes % 1 == 0 => t.TotalMinutes == 1 ? "1 minute" : $"{t.TotalMinutes:0} minutes",
        var t => $"{Math.Max(1, Math.Round(t.TotalSeconds)):0} seconds",
    };

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private Task SendAsync(CpdUser user, string to, string subject, string body) =>
        mail.SendAsync(new EmailMessage(to, string.IsNullOrWhiteSpace(user.DisplayName) ? to : user.DisplayName, subject, body), CancellationToken.None);
}
