namespace CpdLog.IntegrationTests.Sso;

using CpdLog.Tests.Shared;

/// <summary>
/// The test OpenID Connect provider on Kestrel and CpdLog configured for it as provider <c>test</c>: tenant A allowed
/// (tenant B is the "other organisation"), e-mail domains trust.nhs.uk and nhs.net, roles, line manager and cost
/// centre from claims, passwords off for linked accounts, and self-registration open or not as the constructor says.
/// </summary>
public class SsoFixture : IAsyncLifetime
{
    public const string Key = "test";

    private readonly bool _open;

    public SsoFixture()
        : this(open: true)
    {
    }

    protected SsoFixture(bool open) => _open = open;

    public TestIdentityProvider Provider { get; private set; } = default!;

    public SsoAppFactory App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Provider = await TestIdentityProvider.StartAsync();
        Provider.AllowClient("http://localhost", Key);
        var settings = Provider.Settings(Key, TestIdentityProvider.TenantA);
        var p = $"OrganisationSignIn:Providers:{Key}:";
        settings[p + "AllowedEmailDomains:0"] = "trust.nhs.uk";
        settings[p + "AllowedEmailDomains:1"] = "nhs.net";
        settings[p + "RoleMappings:CpdLog.LineManager"] = "LineManager";
        settings[p + "RoleMappings:CpdLog.Admin"] = "Admin";
        settings[p + "LineManagerClaim"] = "manager_oid";
        settings[p + "CostCentreClaim"] = "cost_centre";
        settings["Accounts:AllowSelfRegistration"] = _open ? "true" : "false";
        settings["OrganisationSignIn:LocalPasswords"] = _open ? "OffForOrganisationAccounts" : "BreakGlassOnly";
        settings["OrganisationSignIn:BreakGlassAdmins:0"] = "root@trust.nhs.uk";
        App = new SsoAppFactory(settings);
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)App).DisposeAsync();
        await Provider.DisposeAsync();
    }

    public SsoClient NewClient() => new(App, Provider);
}
