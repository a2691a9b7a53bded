namespace CpdLog.Web.Infrastructure;

using Microsoft.AspNetCore.Mvc.Filters;

/// <summary>
/// Answers requests to the account pages that the page itself should never see: the two-factor sign-in pages opened
/// without the password step first (back to sign in) and the recovery-code and disable-2FA pages while 2FA is off
/// (back to the two-factor page). After any page handler it also drops a posted value that is not a boolean from
/// the model state of a boolean property, which the checkbox tag helper would otherwise fail to render.
/// </summary>
public sealed class IdentityPageGuard(SignInManager<CpdUser> signIn) : IAsyncPageFilter
{
    private static readonly string[] TwoFactorPages = ["/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    private static readonly string[] TwoFactorOnlyPages = ["/Account/Manage/Disable2fa", "/Account/Manage/GenerateRecoveryCodes"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var page = context.ActionDescriptor.ViewEnginePath;
        if (context.ActionDescriptor.AreaName == "Identity")
        {
            if (TwoFactorPages.Contains(page, StringComparer.OrdinalIgnoreCase)
                && await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            {
                context.Result = new RedirectToPageResult("/Account/Login", new { area = "Identity" });
                return;
            }

            if (TwoFactorOnlyPages.Contains(page, StringComparer.OrdinalIgnoreCase)
                && await signIn.UserManager.GetUserAsync(context.HttpContext.User) is { } user
                && !await signIn.UserManager.GetTwoFactorEnabledAsync(user))
            {
                context.Result = new RedirectToPageResult("/Account/Manage/TwoFactorAuthentication", new { area = "Identity" });
                return;
            }
        }

        var executed = await next();
        if (executed.HandlerInstance is { } model)
        {
            DropNonBooleanValues(context.ModelState, model);
        }
    }

    private static void DropNonBooleanValues(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, object model)
    {
        foreach (var (key, entry) in modelState.ToList())
        {
            if (entry?.AttemptedValue is not { } value || bool.TryParse(value.Split(',')[0], out _))
            {
                continue;
            }

            var type = model.GetType();
            foreach (var part in key.Split('.'))
            {
                type = type?.GetProperty(part)?.PropertyType;
            }

            if (type == typeof(bool) || type == typeof(bool?))
            {
                modelState.Remove(key);
                modelState.AddModelError(key, "Select or clear the box");
            }
        }
    }
}
