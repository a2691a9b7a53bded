namespace CpdLog.Web.Infrastructure.Security;

using System.Security.Cryptography;

/// <summary>A short fingerprint of the stored password hash: it changes exactly when the password does.</summary>
public static class PasswordStamp
{
    public static string Of(string? passwordHash) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("cpdlog-password-stamp:" + (passwordHash ?? ""))))[..22];
}
