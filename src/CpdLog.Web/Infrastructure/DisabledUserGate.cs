namespace CpdLog.Web.Infrastructure;

/// <summary>
/// Makes a disabled user anonymous on their next request, whether they hold a cookie or a bearer token (Identity does
/// not re-validate bearer tokens until they expire). A bearer token also ends as soon as the password changes or is
/// reset: its <see cref="BearerClaim"/> holds the <see cref="Security.PasswordStamp"/> it was issued with. (Not the
/// security stamp: that also changes when two-factor is set up, which would end the token doing the set-up.) Cookies are re-checked by Identity's security-stamp validator every minute. The authentication itself
/// succeeded, so the API answers 403; the cookie is also rejected in <c>OnValidatePrincipal</c>, so pages send the
/// user to sign in.
/// </summary>
public sealed class DisabledUserGate(CpdLogDbContext db) : IClaimsTransformation
{
    /// <summary>In the principal of every bearer token CpdLog issues: the password stamp at issue.</summary>
    public const string BearerClaim = "cpdlog:bearer";

    /// <summary>Compiled once: this query runs on every signed-in request, so it skips EF's per-call query lookup.</summary>
    private static readonly Func<CpdLogDbContext, string, Task<AccountState?>> FindAccount =
        EF.CompileAsyncQuery((CpdLogDbContext db, string id) =>
            db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new AccountState(u.IsDisabled, u.PasswordHash)).FirstOrDefault());

    /// <summary>The answer for this request (the gate is scoped): the cookie check and the claims transformation share one query.</summary>
    private (string Id, string? IssuedWith, bool Disabled)? _answer;

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal) =>
        await IsDisabledAsync(principal) ? new ClaimsPrincipal(new ClaimsIdentity()) : principal;

    public static Task<bool> IsDisabledAsync(IServiceProvider services, ClaimsPrincipal principal) =>
        services.GetRequiredService<DisabledUserGate>().IsDisabledAsync(principal);

    /// <summary>True for a signed-in principal whose account is disabled or gone, or a bearer token from before a stamp change.</summary>
    private async Task<bool> IsDisabledAsync(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null)
        {
            return false;
        }

        var issuedWith = principal.FindFirstValue(BearerClaim);
        if (_answer is { } known && known.Id == id && known.IssuedWith == issuedWith)
        {
            return known.Disabled;
        }

        var account = await FindAccount(db, id);
        var disabled = account is null || account.IsDisabled
            || (issuedWith is not null && !string.Equals(issuedWith, PasswordStamp.Of(account.PasswordHash), StringComparison.Ordinal));
        _answer = (id, issuedWith, disabled);
        return disabled;
    }
}
