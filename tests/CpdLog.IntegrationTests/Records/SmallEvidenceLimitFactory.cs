namespace CpdLog.IntegrationTests.Records;

using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The app with a small evidence size limit, so the limit can be tested without big files.</summary>
public sealed class SmallEvidenceLimitFactory : CpdLogAppFactory
{
    public const int MaxBytes = 4096;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Evidence:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
