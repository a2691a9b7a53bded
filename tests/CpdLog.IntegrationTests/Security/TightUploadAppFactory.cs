namespace CpdLog.IntegrationTests.Security;

using CpdLog.IntegrationTests.Infrastructure;

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
