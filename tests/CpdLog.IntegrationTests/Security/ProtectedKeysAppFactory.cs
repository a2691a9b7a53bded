namespace CpdLog.IntegrationTests.Security;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The app with a data-protection certificate configured, as Production should run.</summary>
public sealed class ProtectedKeysAppFactory : CpdLogAppFactory
{
    public ProtectedKeysAppFactory()
    {
        CertificatePath = Path.Combine(DataPath, "keys.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CpdLog data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, "test-pfx-password"));
    }

    public string CertificatePath { get; }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:CertificatePath"] = CertificatePath,
        ["DataProtection:CertificatePassword"] = "test-pfx-password",
    };
}
