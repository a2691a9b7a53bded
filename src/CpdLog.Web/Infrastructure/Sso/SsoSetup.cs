namespace CpdLog.Web.Infrastructure.Sso;

using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// One OpenID Connect scheme per configured provider: authorization code flow with PKCE (the code comes back in the
/// query string, so the correlation cookies can stay SameSite=Lax), the id token validated by its signature, issuer,
/// audience, lifetime and nonce, then the tenant and e-mail domain checked against the allow-lists before anything
/// reaches the external cookie. A refusal is recorded in the security audit and shown on the sign-in page.
/// </summary>
public static class SsoSetup
{
    public static AuthenticationBuilder AddCpdOrganisationSignIn(this AuthenticationBuilder auth, IConfiguration configuration)
    {
        var section = configuration.GetSection(SsoOptions.Section);
        auth.Services.Configure<SsoOptions>(section);
        auth.Services.AddScoped<OrganisationAccounts>();
        var options = section.Get<SsoOptions>() ?? new SsoOptions();
        var problems = options.Providers.SelectMany(p => p.Value.Problems(p.Key)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Organisation sign-in is misconfigured: " + string.Join(" ", problems));
        }

        foreach (var (key, provider) in options.Providers)
        {
            auth.AddOpenIdConnect(SsoOptions.Scheme(key), provider.DisplayName, o => Configure(o, key.ToLowerInvariant(), provider));
        }

        return auth;
    }

    private static void Configure(OpenIdConnectOptions o, string key, SsoProviderOptions provider)
    {
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = provider.ClientSecret;
        o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.CallbackPath = "/signin-oidc-" + key;
        o.SignedOutCallbackPath = "/signout-callback-oidc-" + key;
        o.RemoteSignOutPath = "/signout-oidc-" + key;
        o.SignedOutRedirectUri = "/Identity/Account/Logout?organisation=done";
        o.Scope.Clear();
        o.Scope.Add("openid");
        o.Scope.Add("profile");
        o.Scope.Add("email");
        o.MapInboundClaims = false;
        o.SaveTokens = true;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.RemoteAuthenticationTimeout = TimeSpan.FromMinutes(10);

        // Entra's multi-tenant metadata names the issuer as a template (…/{tenantid}/v2.0): accept the token's own
        // tenant in it; a single-tenant authority's issuer must match exactly.
        o.TokenValidationParameters.ValidateIssuer = true;
        o.TokenValidationParameters.IssuerValidator = (issuer, token, parameters) =>
        {
            var tid = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(provider.TenantIdClaim, out var t) ? t : null;
            // The discovery document's issuer (cached by the configuration manager, so this does not fetch per token).
            var metadata = parameters.ConfigurationManager?.GetBaseConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult()?.Issuer;
            var valid = (parameters.ValidIssuers ?? []).Append(parameters.ValidIssuer).Append(metadata).Where(v => !string.IsNullOrEmpty(v))
                .Select(v => tid is null ? v! : v!.Replace("{tenantid}", tid, StringComparison.OrdinalIgnoreCase));
            return valid.Contains(issuer, StringComparer.Ordinal)
                ? issuer
                : throw new SecurityTokenInvalidIssuerException($"Issuer {issuer} is not the provider's issuer.");
        };

        o.Events.OnTokenValidated = ctx => TokenValidatedAsync(ctx, key, provider);
        o.Events.OnRemoteFailure = async ctx =>
        {
            ctx.HandleResponse();
            var message = ctx.Failure?.Message ?? "";
            var refused = message.StartsWith(RefusalPrefix, StringComparison.Ordinal);
            if (!refused)
            {
                // Refusals were recorded with their details; anything else (a bad state, a failed code exchange) is recorded here.
                await ctx.HttpContext.RequestServices.GetRequiredService<SecurityAudit>()
                    .RecordAsync(SecurityEventKind.ExternalSignInRefused, null, null, $"Organisation sign-in ({key}) failed: {message}");
            }

            var login = ctx.HttpContext.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(
                ctx.HttpContext, "/Account/Login", values: new { area = "Identity", organisationError = refused ? message[RefusalPrefix.Length..] : "failed" });
            ctx.Response.Redirect(login!);
        };
        o.Events.OnRedirectToIdentityProviderForSignOut = ctx =>
        {
            if (ctx.Properties.Items.TryGetValue(SsoClaims.IdTokenItem, out var hint) && !string.IsNullOrEmpty(hint))
            {
                ctx.ProtocolMessage.IdTokenHint = hint;
            }

            return Task.CompletedTask;
        };
    }

    private const string RefusalPrefix = "cpdlog:";

    private static async Task TokenValidatedAsync(TokenValidatedContext ctx, string key, SsoProviderOptions provider)
    {
        var p = ctx.Principal!;
        var issuer = p.FindFirstValue("iss") ?? ctx.SecurityToken?.Issuer;
        var tenant = p.FindFirstValue(provider.TenantIdClaim);
        var objectId = p.FindFirstValue(provider.ObjectIdClaim);
        var email = (p.FindFirstValue("email") ?? p.FindFirstValue("preferred_username") ?? p.FindFirstValue("upn"))?.Trim();
        var audit = ctx.HttpContext.RequestServices.GetRequiredService<SecurityAudit>();

        string? refusal = null;
        if (string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(objectId))
        {
            refusal = "identifiers";
        }
        else if (!provider.AllowedTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            refusal = "tenant";
        }
        else if (provider.AllowedEmailDomains.Count > 0 && !DomainAllowed(email, provider.AllowedEmailDomains))
        {
            refusal = "domain";
        }

        if (refusal is not null)
        {
            await audit.RecordAsync(SecurityEventKind.ExternalSignInRefused, null, email,
                $"Organisation account ({key}) refused: {refusal}; tenant {tenant ?? "none"}, object {objectId ?? "none"}");
            ctx.Fail(RefusalPrefix + refusal);
            return;
        }

        var claims = new List<Claim>
        {
            new(SsoClaims.Provider, key),
            new(SsoClaims.Issuer, issuer!),
            new(SsoClaims.TenantId, tenant!),
            new(SsoClaims.ObjectId, objectId!),
        };
        Add(claims, SsoClaims.Email, email);
        Add(claims, SsoClaims.Name, p.FindFirstValue("name"));
        claims.AddRange(p.FindAll(provider.RoleClaim).Select(c => new Claim(SsoClaims.Role, c.Value)));
        Add(claims, SsoClaims.LineManager, provider.LineManagerClaim is { Length: > 0 } m ? p.FindFirstValue(m) : null);
        Add(claims, SsoClaims.CostCentre, provider.CostCentreClaim is { Length: > 0 } c ? p.FindFirstValue(c) : null);
        ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ctx.Scheme.Name));
    }

    private static void Add(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            claims.Add(new Claim(type, value.Trim()));
        }
    }

    private static bool DomainAllowed(string? email, List<string> domains)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at > 0 && domains.Any(d => string.Equals(email![(at + 1)..], d.Trim().TrimStart('@'), StringComparison.OrdinalIgnoreCase));
    }
}
