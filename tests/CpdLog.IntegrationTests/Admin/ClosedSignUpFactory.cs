namespace CpdLog.IntegrationTests.Admin;

using CpdLog.IntegrationTests.Infrastructure;

/// <summary>A service with <c>Accounts:AllowSelfRegistration=false</c>: only Admins create accounts.</summary>
public sealed class ClosedSignUpFactory : CpdLogAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:AllowSelfRegistration"] = "false",
        ["Accounts:BootstrapAdminEmail"] = ClosedSignUpTests.AdminEmail,
        ["Accounts:BootstrapAdminPassword"] = Password,
    };
}
