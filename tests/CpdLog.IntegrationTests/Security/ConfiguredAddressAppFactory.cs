namespace CpdLog.IntegrationTests.Security;

using CpdLog.IntegrationTests.Infrastructure;

/// <summary>Account e-mails from a real SMTP listener, with the public address configured.</summary>
public sealed class ConfiguredAddressAppFactory : CpdLogAppFactory
{
    public const string PublicBase = "https://cpd.example.nhs.uk";

    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:BaseUrl"] = PublicBase,
        ["Funding:RemindersEnabled"] = "false",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}
