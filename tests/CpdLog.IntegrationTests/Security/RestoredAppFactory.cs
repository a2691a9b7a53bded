namespace CpdLog.IntegrationTests.Security;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Backup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>The app started normally on a restored data folder / database (migrations run as at any start).</summary>
public sealed class RestoredAppFactory(string dataPath, string postgresDatabase, string certificatePath)
    : CpdLogAppFactory(dataPath, postgresDatabase, createDatabase: false)
{
    protected override IReadOnlyDictionary<string, string?> Settings => BackupDrillTests.CertificateSettings(certificatePath);
}
