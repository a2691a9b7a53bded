namespace CpdLog.IntegrationTests.Security;

using System.IO.Compression;
using System.Net;
using System.Text;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Evidence;
using CpdLog.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

/// <summary>Small limits so the quota and the rate limit can be reached in a test; the mechanism is the production one.</summary>
public sealed class TightUploadAppFactory : CpdLogAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Evidence:QuotaBytesPerUser"] = "1000",
        ["Evidence:UploadPermitLimit"] = "4",
        ["Evidence:UploadWindowSeconds"] = "3600",
    };
}
