namespace CpdLog.Web.Infrastructure;

using CpdLog.Web.Infrastructure.Sso;

public static class IdentitySetup
{
    /// <summary>Chooses cookie (UI) or bearer token (API clients) per request.</summary>
    public const string SmartScheme = "CpdLog";

    public static IServiceCollection AddCpdIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountOptions>(configuration.GetSection("Accounts"));
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((o, accounts) => o.TokenLifespan = accounts.Value.LinkLifespan);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                PersonalAccessTokenHandler.IsPersonalAccessToken(ctx.Request) ? PersonalAccessTokenHandler.SchemeName
                : ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null)
            .AddCpdOrganisationSignIn(configuration)
            .AddIdentityCookies();

        services.AddIdentityCore<CpdUser>(o =>
            {
                o.SignIn.RequireConfirmedAccount = false;
                o.User.RequireUniqueEmail = true;
                // NCSC guidance favours length over composition rules; keep a sound minimum of both.
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<CpdUserManager>()
            .AddEntityFrameworkStores<CpdLogDbContext>()
            .AddUserStore<ProtectedSecretsUserStore>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<NhsIdentityErrorDescriber>()
            .AddApiEndpoints()

            // Last: AddApiEndpoints registers the plain SignInManager and Identity's default token providers again (its
            // authenticator codes could be replayed), and the last registration wins.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager<CpdSignInManager>();

        // Disabled accounts: refused at sign-in (CpdSignInManager) and dropped on their next request (DisabledUserGate).
        services.AddScoped<DisabledUserGate>();
        services.AddScoped<IClaimsTransformation>(sp => sp.GetRequiredService<DisabledUserGate>());
        // A password change, reset or disabling ends other sessions' cookies within a minute (bearer tokens at once).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<SecurityAudit>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<PasswordLinks>();
        services.AddScoped<Features.Account.PersonalDataErasure>();
        services.AddScoped<Features.Account.PersonalDataExport>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<PersonalAccessTokens>();
        services.AddAuthRateLimiting(configuration);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Identity/Account/Login";
            o.LogoutPath = "/Identity/Account/Logout";
            o.AccessDeniedPath = "/Identity/Account/AccessDenied";
            o.Cookie.Name = "CpdLog.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API callers get status codes, never an HTML redirect.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);

            // A disabled user's cookie is dropped on the next request, so they land on the sign-in page.
            var validateStamp = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async ctx =>
            {
                await validateStamp(ctx);
                if (ctx.Principal is not null && await DisabledUserGate.IsDisabledAsync(ctx.HttpContext.RequestServices, ctx.Principal))
                {
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });
        return services;
    }

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public static async Task EnsureBootstrapAdminAsync(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AccountOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.BootstrapAdminEmail) || string.IsNullOrWhiteSpace(options.BootstrapAdminPassword))
        {
            return;
        }

        var users = services.GetRequiredService<CpdUserManager>();
        var admin = await users.FindByEmailAsync(options.BootstrapAdminEmail);
        if (admin is null)
        {
            admin = new CpdUser { UserName = options.BootstrapAdminEmail, Email = options.BootstrapAdminEmail, DisplayName = "Administrator" };
            var result = await users.CreateAsync(admin, options.BootstrapAdminPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    "Could not create the bootstrap admin: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }

        if (!await users.IsInRoleAsync(admin, Roles.Admin))
        {
            await users.AddToRoleAsync(admin, Roles.Admin);
        }
    }
}
