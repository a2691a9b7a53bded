namespace CpdLog.Web.Infrastructure.Security;

using CpdLog.Web.Infrastructure.Email;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// Sign-up (the Register page and <c>/api/v1/auth/register</c>) that does not reveal whether an address already has
/// an account: the password is checked and hashed either way, one e-mail goes to the address either way (a
/// confirmation link for a new account, a "you already have an account" note to an existing owner), and the caller
/// answers "check your e-mail" in both cases.
/// </summary>
public sealed class AccountRegistration(CpdUserManager users, IMailSender mail, PublicAddress address)
{
    /// <summary>Only password (or address format) problems fail; an existing address succeeds and mails its owner.</summary>
    public async Task<IdentityResult> RegisterAsync(string address, string displayName, string password)
    {
        var candidate = new CpdUser { UserName = address, Email = address, DisplayName = displayName };
        var problems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange((await validator.ValidateAsync(users, candidate, password)).Errors);
        }

        if (problems.Count > 0)
        {
            return IdentityResult.Failed([.. problems]);
        }

        var existing = await users.FindByEmailAsync(address);
        if (existing is null)
        {
            var created = await users.CreateAsync(candidate, password);
            if (created.Succeeded)
            {
                await SendConfirmationAsync(candidate);
                return IdentityResult.Success;
            }

            // Two sign-ups for one address at once: the loser is an existing owner like any other.
            if (!created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                return created;
            }

            existing = await users.FindByEmailAsync(address);
        }
        else
        {
            // The hash a new account would have cost.
            users.PasswordHasher.HashPassword(candidate, password);
        }

        if (existing is not null)
        {
            await SendAlreadyRegisteredAsync(existing);
        }

        return IdentityResult.Success;
    }

    private async Task SendConfirmationAsync(CpdUser user)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = address.Page("/Account/ConfirmEmail", new { area = "Identity", userId = user.Id, code });
        await mail.SendAsync(new EmailMessage(user.Email!, user.DisplayName, "Confirm your e-mail address for CpdLog",
            $"Your CpdLog account is ready. Confirm your e-mail address by opening this link:\n\n{link}\n\nThen sign in: {address.Page("/Account/Login", new { area = "Identity" })}\n\nIf you did not create a CpdLog account, ignore this message."),
            CancellationToken.None);
    }

    private Task SendAlreadyRegisteredAsync(CpdUser owner) =>
        mail.SendAsync(new EmailMessage(owner.Email!, string.IsNullOrWhiteSpace(owner.DisplayName) ? owner.Email! : owner.DisplayName,
            "You already have a CpdLog account",
            $"Someone tried to create a CpdLog account with this e-mail address, which already has one.\n\nIf it was you, sign in: {address.Page("/Account/Login", new { area = "Identity" })}\nForgotten your password? {address.Page("/Account/ForgotPassword", new { area = "Identity" })}\n\nIf it was not you, you need do nothing: your account has not changed."),
            CancellationToken.None);

}
