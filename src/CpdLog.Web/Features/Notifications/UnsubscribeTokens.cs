namespace CpdLog.Web.Features.Notifications;

using System.Security.Cryptography;
using CpdLog.Core.Notifications;
using Microsoft.AspNetCore.DataProtection;

/// <summary>
/// Signed, encrypted unsubscribe tokens (ASP.NET Core data protection; the key ring is in the database, so every
/// instance reads every token). A token names one person and one kind of e-mail and does nothing else: it cannot sign
/// anyone in. It does not expire, so an old e-mail's link still works (RFC 8058 asks for that).
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CpdLog.Notifications.Unsubscribe.v1");

    public string Create(string userId, string kind) => _protector.Protect($"{kind}\n{userId}");

    /// <summary>The person and kind a token names; false for anything tampered with, truncated or made elsewhere.</summary>
    public bool TryRead(string? token, out string userId, out string kind)
    {
        userId = "";
        kind = "";
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return false;
        }

        string text;
        try
        {
            text = _protector.Unprotect(token.Trim());
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = text.Split('\n', 2);
        if (parts.Length != 2 || !ReminderKinds.Each.Contains(parts[0]) || parts[1].Length == 0)
        {
            return false;
        }

        (kind, userId) = (parts[0], parts[1]);
        return true;
    }
}
