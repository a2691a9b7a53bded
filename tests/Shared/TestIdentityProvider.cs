namespace CpdLog.Tests.Shared;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

/// <summary>
/// A real OpenID Connect provider for tests: an OpenIddict server (degraded mode: the client, its secret and its
/// redirect addresses are checked by the handlers below instead of a database) on Kestrel at a free loopback port,
/// with its own ephemeral RSA signing key, a sign-in page, and people in two tenants. It issues real signed id tokens
/// through the authorization code flow with PKCE (required), and has an end-session endpoint.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "cpdlog-tests";
    public const string ClientSecret = "test-provider-secret-not-for-production";
    public const string TenantA = "aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa";
    public const string TenantB = "bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb";
    private const string SessionScheme = "TestIdpSession";

    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, string authority)
    {
        _app = app;
        Authority = authority;
    }

    /// <summary>e.g. http://127.0.0.1:41234 (the issuer is this with a trailing slash).</summary>
    public string Authority { get; }

    /// <summary>The directory, by user name. Replace an entry to change a person's claims (e.g. their e-mail).</summary>
    public ConcurrentDictionary<string, TestPerson> People { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every end-session request: the id token hint it carried (or null).</summary>
    public ConcurrentQueue<string?> EndSessionHints { get; } = new();

    /// <summary>The redirect addresses of the client (CpdLog's callback paths on its base addresses).</summary>
    public ConcurrentBag<string> RedirectUris { get; } = [];

    public void AllowClient(string appBaseUrl, string providerKey)
    {
        RedirectUris.Add($"{appBaseUrl.TrimEnd('/')}/signin-oidc-{providerKey}");
        RedirectUris.Add($"{appBaseUrl.TrimEnd('/')}/signout-callback-oidc-{providerKey}");
    }

    public void Add(TestPerson person) => People[person.UserName] = person;

    /// <summary>The settings that configure CpdLog for this provider under <paramref name="key"/>.</summary>
    public Dictionary<string, string?> Settings(string key, params string[] allowedTenants)
    {
        var p = $"OrganisationSignIn:Providers:{key}:";
        var settings = new Dictionary<string, string?>
        {
            [p + "DisplayName"] = "Test NHS organisation",
            [p + "Authority"] = Authority,
            [p + "ClientId"] = ClientId,
            [p + "ClientSecret"] = ClientSecret,
            [p + "RequireHttpsMetadata"] = "false",
        };
        for (var i = 0; i < allowedTenants.Length; i++)
        {
            settings[p + "AllowedTenantIds:" + i] = allowedTenants[i];
        }

        return settings;
    }

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var port = FreePort();
        var authority = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        TestIdentityProvider? self = null;

        builder.Services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            o.Cookie.Name = "TestIdp.Session";
            o.LoginPath = "/login";
        });
        builder.Services.AddAuthorization();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetEndSessionEndpointUris("connect/logout");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.DisableAccessTokenEncryption();
            o.EnableDegradedMode();
            o.DisableTokenStorage();
            o.DisableAuthorizationStorage();
            o.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            // Degraded mode: these handlers are the client registration.
            o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(ctx =>
            {
                if (ctx.ClientId != ClientId)
                {
                    ctx.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (!self!.RedirectUris.Contains(ctx.RedirectUri ?? ""))
                {
                    ctx.Reject(Errors.InvalidRequest, "Unregistered redirect_uri.");
                }

                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(ctx =>
            {
                if (ctx.Request.ClientId != ClientId || ctx.Request.ClientSecret != ClientSecret)
                {
                    ctx.Reject(Errors.InvalidClient, "Wrong client credentials.");
                }

                return default;
            }));
            o.AddEventHandler<ValidateEndSessionRequestContext>(b => b.UseInlineHandler(ctx =>
            {
                if (!string.IsNullOrEmpty(ctx.PostLogoutRedirectUri) && !self!.RedirectUris.Contains(ctx.PostLogoutRedirectUri))
                {
                    ctx.Reject(Errors.InvalidRequest, "Unregistered post_logout_redirect_uri.");
                }

                return default;
            }));
        });

        var app = builder.Build();
        self = new TestIdentityProvider(app, authority);
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/login", (string? returnUrl) => Results.Content(LoginPage(returnUrl ?? "/", null), "text/html"));
        app.MapPost("/login", async (HttpContext ctx) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            var userName = form["username"].ToString();
            var returnUrl = form["returnUrl"].ToString();
            if (!self.People.ContainsKey(userName))
            {
                return Results.Content(LoginPage(returnUrl, "Unknown user name"), "text/html", statusCode: 400);
            }

            await ctx.SignInAsync(SessionScheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName)], SessionScheme)));
            return Results.Redirect(returnUrl.StartsWith('/') ? returnUrl : "/");
        }).DisableAntiforgery();

        app.MapMethods("/connect/authorize", ["GET", "POST"], async (HttpContext ctx) =>
        {
            var request = ctx.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
            var session = await ctx.AuthenticateAsync(SessionScheme);
            if (!session.Succeeded || !self.People.TryGetValue(session.Principal!.Identity!.Name!, out var person))
            {
                return Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString));
            }

            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, person.ObjectId)
                .SetClaim("tid", person.TenantId)
                .SetClaim("oid", person.ObjectId)
                .SetClaim(Claims.Email, person.Email)
                .SetClaim(Claims.Name, person.Name);
            identity.SetClaims("roles", [.. person.Roles ?? []]);
            if (person.ManagerObjectId is { } manager)
            {
                identity.SetClaim("manager_oid", manager);
            }

            if (person.CostCentre is { } costCentre)
            {
                identity.SetClaim("cost_centre", costCentre);
            }

            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        app.MapMethods("/connect/logout", ["GET", "POST"], async (HttpContext ctx) =>
        {
            self.EndSessionHints.Enqueue(ctx.GetOpenIddictServerRequest()?.IdTokenHint);
            await ctx.SignOutAsync(SessionScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });

        await app.StartAsync();
        return self;
    }

    /// <summary>The provider's own sign-in page: one field, the user name.</summary>
    private static string LoginPage(string returnUrl, string? error)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Test organisation sign-in</title></head>
            <body><main>
            <h1>Test organisation sign-in</h1>
            {(error is null ? "" : $"<p role=\"alert\">{e.Encode(error)}</p>")}
            <form method="post" action="/login">
            <input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">
            <label for="username">User name</label>
            <input id="username" name="username" autocomplete="username">
            <button type="submit">Sign in to the organisation</button>
            </form>
            </main></body></html>
            """;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
