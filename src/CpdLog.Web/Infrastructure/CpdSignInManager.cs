namespace CpdLog.Web.Infrastructure;

using System.Security.Claims;
using CpdLog.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>
/// Identity's sign-in manager, refusing accounts an Admin disabled: password, two-factor and API sign-in all pass
/// through <see cref="CanSignInAsync"/>, and a disabled user's cookie fails its next security-stamp check.
/// </summary>
public sealed class CpdSignInManager(
    UserManager<CpdUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CpdUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CpdUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CpdUser> confirmation)
    : SignInManager<CpdUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CpdUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<CpdUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;
}

/// <summary>
/// Makes a disabled user anonymous on their next request, whether they hold a cookie or a bearer token (Identity does
/// not re-validate bearer tokens until they expire). The authentication itself succeeded, so the API answers 403; the
/// cookie is also rejected in <c>OnValidatePrincipal</c>, so pages send the user to sign in.
/// </summary>
public sealed class DisabledUserGate(CpdLogDbContext db) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal) =>
        await IsDisabledAsync(db, principal) ? new ClaimsPrincipal(new ClaimsIdentity()) : principal;

    public static Task<bool> IsDisabledAsync(IServiceProvider services, ClaimsPrincipal principal) =>
        IsDisabledAsync(services.GetRequiredService<CpdLogDbContext>(), principal);

    /// <summary>True for a signed-in principal whose account is disabled or no longer exists.</summary>
    private static async Task<bool> IsDisabledAsync(CpdLogDbContext db, ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null)
        {
            return false;
        }

        var disabled = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => (bool?)u.IsDisabled).FirstOrDefaultAsync();
        return disabled != false;
    }
}
