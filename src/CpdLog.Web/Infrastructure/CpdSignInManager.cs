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
/// Signs out a disabled user on their next request, whether they hold a cookie or a bearer token (tokens are not
/// re-validated by Identity until they expire): their principal becomes anonymous, so pages redirect and the API says 401.
/// </summary>
public sealed class DisabledUserGate(CpdLogDbContext db) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null)
        {
            return principal;
        }

        var disabled = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => (bool?)u.IsDisabled).FirstOrDefaultAsync();
        return disabled == false ? principal : new ClaimsPrincipal(new ClaimsIdentity());
    }
}
