namespace CpdLog.Web.Infrastructure.Security;

using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

/// <summary>
/// Rate limits on sign-in, register, forgotten-password and two-factor attempts (pages and API), with ASP.NET Core's
/// rate-limiting middleware: a global limiter chaining two fixed-window partitions, one per client address and one
/// per account, that applies only to POSTs to endpoints marked <see cref="AuthThrottle"/>. The account is read from
/// the form or JSON body (<c>Input.Email</c> / <c>email</c>) or, half-way through two-factor sign-in, from Identity's
/// two-factor cookie, by <see cref="UseAccountKeys"/> before the limiter runs. Over the limit: 429 with Retry-After.
/// Counters live in this process: with several instances each counts separately, so the effective limit is the
/// per-instance limit times the instances; Identity's lockout (5 failures, 15 minutes) is in the database and shared.
/// </summary>
public static class AuthRateLimiting
{
    private const string AccountItem = "CpdLog.AuthAccount";

    // Identity UI pages that take attempts, by page path under the Identity area.
    private static readonly (string Page, string Kind)[] Pages =
    [
        ("/Account/Login", AuthThrottle.SignIn),
        ("/Account/Register", AuthThrottle.Register),
        ("/Account/RegisterConfirmation", AuthThrottle.Register),
        ("/Account/ResendEmailConfirmation", AuthThrottle.Register),
        ("/Account/ForgotPassword", AuthThrottle.ForgottenPassword),
        ("/Account/ResetPassword", AuthThrottle.ForgottenPassword),
        ("/Account/LoginWith2fa", AuthThrottle.TwoFactor),
        ("/Account/LoginWithRecoveryCode", AuthThrottle.TwoFactor),
        ("/Account/Manage/Disable2fa", AuthThrottle.TwoFactor),
        ("/Account/Manage/EnableAuthenticator", AuthThrottle.TwoFactor),
        ("/Account/Manage/ResetAuthenticator", AuthThrottle.TwoFactor),
        ("/Account/Manage/ChangePassword", AuthThrottle.SignIn),
        ("/Account/Manage/DeletePersonalData", AuthThrottle.SignIn),
        ("/Account/LinkOrganisationAccount", AuthThrottle.SignIn),
        ("/Account/Manage/AccessTokens", AuthThrottle.AccessToken),
    ];

    public static IServiceCollection AddAuthRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AuthRateLimitOptions.Section).Get<AuthRateLimitOptions>() ?? new AuthRateLimitOptions();
        services.AddSingleton(settings);
        // PostConfigure: Razor Pages' own options set-up (registered by AddRazorPages, which runs after this) replaces the
        // conventions collection, dropping conventions configured before it.
        services.PostConfigure<RazorPagesOptions>(o =>
        {
            foreach (var (page, kind) in Pages)
            {
                o.Conventions.AddAreaPageApplicationModelConvention("Identity", page, m => m.EndpointMetadata.Add(new AuthThrottle(kind)));
            }
        });

        services.Configure<RateLimiterOptions>(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => Partition(ctx, byAccount: false, settings)),
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => Partition(ctx, byAccount: true, settings)));
            o.OnRejected ??= (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Reads the account an attempt is for, so the limiter can partition by it. Runs after routing.</summary>
    public static IApplicationBuilder UseAccountKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Kind(context) is not null)
        {
            context.Items[AccountItem] = await AccountAsync(context);
        }

        await next(context);
    });

    private static string? Kind(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) ? context.GetEndpoint()?.Metadata.GetMetadata<AuthThrottle>()?.Kind : null;

    private static RateLimitPartition<string> Partition(HttpContext context, bool byAccount, AuthRateLimitOptions settings)
    {
        if (Kind(context) is not { } kind)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        if (byAccount)
        {
            return context.Items[AccountItem] is string { Length: > 0 } account
                ? RateLimitPartition.GetFixedWindowLimiter($"{kind}|account|{account}", _ => Window(settings.PerAccountPermitLimit, settings.PerAccountWindowSeconds))
                : RateLimitPartition.GetNoLimiter("");
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{kind}|address|{address}", _ => Window(settings.PerAddressPermitLimit, settings.PerAddressWindowSeconds));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, int seconds) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromSeconds(Math.Max(1, seconds)),
        QueueLimit = 0,
    };

    private static async Task<string?> AccountAsync(HttpContext context)
    {
        var request = context.Request;
        string? account = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            account = form["Input.Email"].FirstOrDefault();
        }
        else if (request.HasJsonContentType() && request.ContentLength is > 0 and < 64 * 1024)
        {
            request.EnableBuffering();
            try
            {
                using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String)
                {
                    account = email.GetString();
                }
            }
            catch (JsonException)
            {
                // The endpoint itself answers malformed JSON.
            }

            request.Body.Position = 0;
        }

        if (string.IsNullOrWhiteSpace(account))
        {
            // Half-way through two-factor sign-in (or signed in): the account is the user the cookie names.
            var twoFactor = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
            account = twoFactor.Principal?.Identity?.Name ?? twoFactor.Principal?.FindFirst(System.Security.Claims.ClaimTypes.Name)?.Value;
            if (string.IsNullOrEmpty(account) && (await context.AuthenticateAsync()).Principal is { Identity.IsAuthenticated: true } signedIn)
            {
                account = signedIn.Identity.Name;
            }
        }

        return string.IsNullOrWhiteSpace(account) ? null : account.Trim().ToUpperInvariant();
    }
}
