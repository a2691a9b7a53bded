namespace CpdLog.IntegrationTests.Sso;

/// <summary>Closed sign-up and passwords for the break-glass Admin only.</summary>
public sealed class ClosedSsoFixture : SsoFixture
{
    public ClosedSsoFixture()
        : base(open: false)
    {
    }
}
