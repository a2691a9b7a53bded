namespace CpdLog.Web.Infrastructure;

using System.Buffers.Text;
using CpdLog.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

/// <summary>
/// The packaged Identity pages throw (a 500) on requests a stranger can make: the two-factor pages opened without a
/// password step first ("Unable to load two-factor authentication user"), and links whose <c>code</c> is not valid
/// base64url (<c>ResetPassword?code=x</c>, <c>ConfirmEmail</c>). This filter answers those before the page runs: back to
/// sign-in, or to the page that explains the link is invalid.
/// </summary>
public sealed class IdentityPageGuard(SignInManager<CpdUser> signIn) : IAsyncPageFilter
{
    private static readonly string[] TwoFactorPages = ["/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    private static readonly string[] CodePages = ["/Account/ResetPassword", "/Account/ConfirmEmail", "/Account/ConfirmEmailChange"];

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
        }

        await next();
    }
}
