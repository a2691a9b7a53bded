namespace CpdLog.IntegrationTests.Identity;

using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The real app with a real SMTP listener and account-e-mail links that work for 3 seconds, to prove they expire.</summary>
public sealed class ShortLinkAppFactory : CpdLogAppFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Funding:RemindersEnabled"] = "false",
        ["Accounts:LinkLifespan"] = "00:00:03",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}
