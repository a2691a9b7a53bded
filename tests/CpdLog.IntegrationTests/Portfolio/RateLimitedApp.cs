namespace CpdLog.IntegrationTests.Portfolio;

using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The app with a verify limit of 3 requests a minute, to see the limiter work.</summary>
public sealed class RateLimitedApp : CpdLogAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portfolio:VerifyPermitLimit"] = "3",
        ["Portfolio:VerifyWindowSeconds"] = "60",
    };
}
