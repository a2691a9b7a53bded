namespace CpdLog.Web.Infrastructure.Security;

using System.Text.Encodings.Web;

/// <summary>
/// Authenticates <c>Authorization: Bearer cpd_pat_…</c> on <c>/api</c> routes (the smart scheme forwards such
/// requests here). The account must still be allowed to sign in (not disabled); the principal is the account's own,
/// so roles and ownership rules apply exactly as with a signed-in user.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PersonalAccessTokens tokens,
    CpdSignInManager signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    /// <summary>In the principal of a request made with a personal access token: the token's id.</summary>
    public const string TokenClaim = "cpdlog:pat";

    public static bool IsPersonalAccessToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header
        && header.StartsWith("Bearer " + PersonalAccessTokens.Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Path.StartsWithSegments("/api") || !IsPersonalAccessToken(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (await tokens.ValidateAsync(presented) is not { } token)
        {
            return AuthenticateResult.Fail("The personal access token is not valid, has expired or was revoked.");
        }

        var user = await signIn.UserManager.FindByIdAsync(token.UserId);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            return AuthenticateResult.Fail("The account may not sign in.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TokenClaim, token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
