namespace CpdLog.Web.Infrastructure.Security;

/// <summary>Endpoint metadata: POSTs to this page or endpoint count against the account rate limits of <see cref="Kind"/>.</summary>
public sealed record AuthThrottle(string Kind)
{
    public const string SignIn = "sign-in";
    public const string Register = "register";
    public const string ForgottenPassword = "forgotten-password";
    public const string TwoFactor = "two-factor";
    public const string AccessToken = "access-token";
}
