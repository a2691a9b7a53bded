namespace CpdLog.Web.Features.Account;

using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity.Data;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

/// <summary>
/// <c>/api/v1/auth</c>: sign-up, sign-in and token refresh with the request and response shapes of Identity's API
/// endpoints (the README documents them), plus two-factor management. Replaces <c>MapIdentityApi</c> so that sign-up
/// does not reveal existing accounts, every sign-in failure answers alike, refresh tokens rotate and are revoked on
/// reuse, and two-factor authentication cannot be turned off without the password or a current code.
/// </summary>
public static class AuthEndpoints
{
    public static void MapAuthApi(RouteGroupBuilder auth)
    {
        auth.MapPost("/register", RegisterAsync).AllowAnonymous().WithMetadata(new AuthThrottle(AuthThrottle.Register))
            .WithSummary("Create an account (answers alike whether or not the address has one; the owner is e-mailed)");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().WithMetadata(new AuthThrottle(AuthThrottle.SignIn))
            .WithSummary("Sign in; returns a bearer token and a single-use refresh token");
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithMetadata(new AuthThrottle(AuthThrottle.SignIn))
            .WithSummary("Exchange a refresh token for new tokens (each refresh token works once)");
        auth.MapPost("/manage/2fa", TwoFactorAsync).RequireAuthorization().WithMetadata(new AuthThrottle(AuthThrottle.TwoFactor))
            .WithSummary("Show, enable, reset or turn off two-factor authentication (turning it off needs the password or a current code)");
    }

    private static async Task<Results<Ok, ValidationProblem>> RegisterAsync(RegisterRequest request, AccountRegistration registration)
    {
        var email = request.Email?.Trim() ?? "";
        if (!new EmailAddressAttribute().IsValid(email) || email.Length is 0 or > 256)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["InvalidEmail"] = ["Enter an email address in the correct format, like name@example.nhs.uk"] });
        }

        // Keyed by Identity's error codes, as MapIdentityApi answered (clients rely on the shape).
        var result = await registration.RegisterAsync(email, email, request.Password ?? "");
        return result.Succeeded
            ? TypedResults.Ok()
            : TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> LoginAsync(LoginRequest request, CpdSignInManager signIn, ApiTokens tokens)
    {
        var user = await signIn.FindAccountAsync(request.Email);
        if (user is null)
        {
            await signIn.NoSuchAccountAsync(request.Email, request.Password);
            return Failed();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Failed();
        }

        if (await signIn.UserManager.GetTwoFactorEnabledAsync(user))
        {
            if (!string.IsNullOrEmpty(request.TwoFactorCode))
            {
                result = await SecondFactorAsync(signIn, user,
                    await signIn.UserManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, request.TwoFactorCode), "Authenticator code");
            }
            else if (!string.IsNullOrEmpty(request.TwoFactorRecoveryCode))
            {
                result = await SecondFactorAsync(signIn, user,
                    (await signIn.UserManager.RedeemTwoFactorRecoveryCodeAsync(user, request.TwoFactorRecoveryCode.Replace(" ", "", StringComparison.Ordinal))).Succeeded, "Recovery code");
            }
            else
            {
                return TypedResults.Problem("RequiresTwoFactor", statusCode: StatusCodes.Status401Unauthorized);
            }

            if (!result.Succeeded)
            {
                return Failed();
            }
        }

        return TypedResults.Ok(await tokens.IssueAsync(user));
    }

    private static async Task<SignInResult> SecondFactorAsync(CpdSignInManager signIn, CpdUser user, bool valid, string how)
    {
        var users = signIn.UserManager;
        if (valid)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        else
        {
            await users.AccessFailedAsync(user);
        }

        var result = valid ? SignInResult.Success : await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
        await signIn.AuditSecondFactorAsync(user, result, how);
        return result;
    }

    private static async Task<Results<Ok<AccessTokenResponse>, UnauthorizedHttpResult>> RefreshAsync(RefreshRequest request, ApiTokens tokens) =>
        await tokens.RefreshAsync(request.RefreshToken) is { } response ? TypedResults.Ok(response) : TypedResults.Unauthorized();

    private static async Task<Results<Ok<TwoFactorResponse>, ValidationProblem, NotFound>> TwoFactorAsync(
        TwoFactorChange request, HttpContext http, CpdUserManager users, CpdSignInManager signIn)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var enabled = await users.GetTwoFactorEnabledAsync(user);
        var turningOff = request.Enable == false || (enabled && request.ResetSharedKey);
        if (turningOff && enabled && !await ProvesPresenceAsync(users, user, request))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["password"] = ["Enter your password or a current code from your authenticator app to change two-factor authentication"],
            });
        }

        if (request.Enable == true)
        {
            if (request.ResetSharedKey)
            {
                return Invalid("resetSharedKey", "Reset the key and enable two-factor authentication in separate requests");
            }

            if (string.IsNullOrEmpty(request.TwoFactorCode))
            {
                return Invalid("twoFactorCode", "Enter the code from your authenticator app");
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, request.TwoFactorCode))
            {
                return Invalid("twoFactorCode", "The code is not valid (each code works once)");
            }

            await users.SetTwoFactorEnabledAsync(user, true);
        }
        else if (request.Enable == false || request.ResetSharedKey)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
        }

        if (request.ResetSharedKey)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        string[]? recoveryCodes = null;
        if (request.ResetRecoveryCodes || (request.Enable == true && await users.CountRecoveryCodesAsync(user) == 0))
        {
            recoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        }

        if (request.ForgetMachine)
        {
            await signIn.ForgetTwoFactorClientAsync();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return TypedResults.Ok(new TwoFactorResponse
        {
            SharedKey = key!,
            RecoveryCodes = recoveryCodes,
            RecoveryCodesLeft = recoveryCodes?.Length ?? await users.CountRecoveryCodesAsync(user),
            IsTwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user),
            IsMachineRemembered = await signIn.IsTwoFactorClientRememberedAsync(user),
        });
    }

    private static async Task<bool> ProvesPresenceAsync(CpdUserManager users, CpdUser user, TwoFactorChange request) =>
        (!string.IsNullOrEmpty(request.Password) && await users.CheckPasswordAsync(user, request.Password))
        || (!string.IsNullOrEmpty(request.TwoFactorCode)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, request.TwoFactorCode));

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    // One answer for an unknown address, a wrong password, a locked or a disabled account.
    private static ProblemHttpResult Failed() => TypedResults.Problem("Failed", statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>Identity's <c>TwoFactorRequest</c>, plus the password that turning two-factor off needs.</summary>
    public sealed record TwoFactorChange(
        bool? Enable = null,
        string? TwoFactorCode = null,
        string? Password = null,
        bool ResetSharedKey = false,
        bool ResetRecoveryCodes = false,
        bool ForgetMachine = false);
}
