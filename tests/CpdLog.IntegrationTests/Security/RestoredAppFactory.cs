namespace CpdLog.IntegrationTests.Security;

using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The app started normally on a restored data folder / database (migrations run as at any start).</summary>
public sealed class RestoredAppFactory(string dataPath, string postgresDatabase, string certificatePath)
    : CpdLogAppFactory(dataPath, postgresDatabase, createDatabase: false)
{
    protected override IReadOnlyDictionary<string, string?> Settings => BackupDrillTests.CertificateSettings(certificatePath);
}
