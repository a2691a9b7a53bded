namespace CpdLog.IntegrationTests.Identity;

using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The real app sending account e-mails to a real SMTP listener started by the test.</summary>
public sealed class AccountEmailAppFactory : CpdLogAppFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Funding:RemindersEnabled"] = "false",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}
