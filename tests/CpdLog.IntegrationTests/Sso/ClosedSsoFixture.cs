namespace CpdLog.IntegrationTests.Sso;

using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Tests.Shared;

/// <summary>Closed sign-up and passwords for the break-glass Admin only.</summary>
public sealed class ClosedSsoFixture : SsoFixture
{
    public ClosedSsoFixture()
        : base(open: false)
    {
    }
}
