namespace CpdLog.Web.Infrastructure;

using CpdLog.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

/// <summary>
/// Identity's user manager, plus two CpdLog rules that hold whichever way an account is created (Register page,
/// <c>/api/v1/auth/register</c>, Admin): the creation time is stamped and the account gets the Manager role.
/// </summary>
public sealed class CpdUserManager(
    IUserStore<CpdUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<CpdUser> passwordHasher,
    IEnumerable<IUserValidator<CpdUser>> userValidators,
    IEnumerable<IPasswordValidator<CpdUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<CpdUser>> logger,
    TimeProvider clock)
    : UserManager<CpdUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(CpdUser user)
    {
        if (user.CreatedAt == default)
        {
            user.CreatedAt = clock.GetUtcNow();
        }

        if (string.IsNullOrWhiteSpace(user.DisplayName))
        {
            user.DisplayName = user.Email ?? user.UserName ?? "";
        }

        var result = await base.CreateAsync(user);
        return result.Succeeded ? await AddToRoleAsync(user, Roles.Manager) : result;
    }
}
