namespace CpdLog.Web.Infrastructure;

using System.Buffers.Text;
using CpdLog.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

/// <summary>
/// The packaged Identity pages throw (a 500) on requests anyone can make: the two-factor pages opened without a
/// password step first ("Unable to load two-factor authentication user"), links whose <c>code</c> is not valid
/// base64url (<c>ResetPassword?code=x</c>, <c>ConfirmEmail</c>), the recovery-code and disable-2FA pages while 2FA is off,
/// external sign-in with a provider that does not exist (CpdLog has none), and deleting personal data with no password.
/// This filter answers those before the page runs. After any page handler it also drops a posted value that is not a
/// boolean from the model state of a boolean property, which the checkbox tag helper would otherwise fail to render.
/// </summary>
public sealed class IdentityPageGuard(SignInManager<CpdUser> signIn) : IAsyncPageFilter
{
    private static readonly string[] TwoFactorPages = ["/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    private static readonly string[] CodePages = ["/Account/ResetPassword", "/Account/ConfirmEmail", "/Account/ConfirmEmailChange"];

    private static readonly string[] TwoFactorOnlyPages = ["/Account/Manage/Disable2fa", "/Account/Manage/GenerateRecoveryCodes"];

    private static readonly string[] ExternalLoginPages = ["/Account/ExternalLogin", "/Account/Manage/ExternalLogins"];

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
                context.Result = new RedirectResult("/Identity/Account/Login");
                return;
            }

            if (CodePages.Contains(page, StringComparer.OrdinalIgnoreCase)
                && HttpMethods.IsGet(context.HttpContext.Request.Method)
                && context.HttpContext.Request.Query["code"].ToString() is { Length: > 0 } code
                && !Base64Url.IsValid(code))
            {
                context.Result = new BadRequestResult();
                return;
            }

            if (ExternalLoginPages.Contains(page, StringComparer.OrdinalIgnoreCase))
            {
                context.Result = new NotFoundResult();
                return;
            }

            if (TwoFactorOnlyPages.Contains(page, StringComparer.OrdinalIgnoreCase)
                && await signIn.UserManager.GetUserAsync(context.HttpContext.User) is { } user
                && !await signIn.UserManager.GetTwoFactorEnabledAsync(user))
            {
                context.Result = new RedirectResult("/Identity/Account/Manage/TwoFactorAuthentication");
                return;
            }

            if (page.Equals("/Account/Manage/DeletePersonalData", StringComparison.OrdinalIgnoreCase)
                && HttpMethods.IsPost(context.HttpContext.Request.Method)
                && context.HttpContext.Request.HasFormContentType
                && string.IsNullOrEmpty(context.HttpContext.Request.Form["Input.Password"]))
            {
                context.Result = new RedirectResult("/Identity/Account/Manage/DeletePersonalData");
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
