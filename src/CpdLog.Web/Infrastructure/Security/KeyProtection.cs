namespace CpdLog.Web.Infrastructure.Security;

using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

/// <summary>
/// Encrypts the data-protection key ring (kept in the database) with a certificate: <c>DataProtection:CertificatePath</c>
/// (a PKCS#12/PFX file with its private key) and <c>DataProtection:CertificatePassword</c>. Without it, anyone with a
/// copy of the database could forge sign-in cookies and read the protected authenticator secrets, so Production logs
/// a warning at start-up. Old certificates listed in <c>DataProtection:PreviousCertificatePaths</c> still decrypt keys
/// written before a certificate change.
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static IDataProtectionBuilder ProtectKeysFromConfiguration(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var path = configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return builder;
        }

        var password = configuration[$"{Section}:CertificatePassword"];
        var current = Load(path, password);
        var all = new List<X509Certificate2> { current };
        foreach (var previous in configuration.GetSection($"{Section}:PreviousCertificatePaths").Get<string[]>() ?? [])
        {
            all.Add(Load(previous, password));
        }

        return builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. all]);
    }

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[$"{Section}:CertificatePath"]);

    /// <summary>Warns once at start-up when Production runs with the key ring unencrypted.</summary>
    public static void WarnIfKeysUnprotected(this WebApplication app)
    {
        if (app.Environment.IsProduction() && !IsConfigured(app.Configuration))
        {
            app.Logger.LogWarning(
                "The data-protection key ring is stored in the database UNENCRYPTED: anyone with a database backup can forge sign-ins and read authenticator secrets. Set DataProtection:CertificatePath (and DataProtection:CertificatePassword); see docs/security.md.");
        }
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"The data-protection certificate {path} has no private key.");
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"The data-protection certificate {path} cannot be read (wrong file or DataProtection:CertificatePassword).", e);
        }
    }
}
