namespace CpdLog.Web.Infrastructure.Security;

/// <summary>
/// <c>RateLimiting:Accounts</c>: fixed windows for each of sign-in, register, forgotten-password and two-factor
/// attempts, counted per client address and per account (e-mail address typed, or the account part-way through
/// two-factor sign-in). The defaults are the Production values and the tests run with them.
/// </summary>
public sealed class AuthRateLimitOptions
{
    public const string Section = "RateLimiting:Accounts";

    /// <summary>Attempts one client address may make of one kind per window (an NHS site behind one NAT is many people).</summary>
    public int PerAddressPermitLimit { get; set; } = 30;

    public int PerAddressWindowSeconds { get; set; } = 300;

    /// <summary>Attempts against one account of one kind per window, from anywhere.</summary>
    public int PerAccountPermitLimit { get; set; } = 10;

    public int PerAccountWindowSeconds { get; set; } = 300;
}
