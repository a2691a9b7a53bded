namespace CpdLog.IntegrationTests.Security;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The live app for the drill: a data-protection certificate configured, as Production should run.</summary>
public sealed class BackupAppFactory : CpdLogAppFactory
{
    public const string CertificatePassword = "backup-pfx-password";

    public BackupAppFactory()
    {
        CertificatePath = Path.Combine(Path.GetTempPath(), "cpdlog-tests", "backup-" + Guid.NewGuid().ToString("N") + ".pfx");
        WriteCertificate(CertificatePath);
    }

    public string CertificatePath { get; }

    protected override IReadOnlyDictionary<string, string?> Settings => BackupDrillTests.CertificateSettings(CertificatePath);

    public static void WriteCertificate(string path)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CpdLog backup drill (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }
}
