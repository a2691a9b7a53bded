namespace CpdLog.Web.Infrastructure;

using CpdLog.Web.Infrastructure.Email;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

public static class ServiceSetup
{
    /// <summary>Cross-cutting services: clock, file store, data-protection keys in the database, problem details.</summary>
    public static IServiceCollection AddCpdInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddScoped<DemoData>();
        services.AddCpdEmail(configuration);
        services.AddHttpContextAccessor();

        // Keys in the shared database keep the app stateless: any instance can read any other's cookies. They are
        // encrypted with the certificate from DataProtection:CertificatePath (KeyProtection).
        services.AddDataProtection()
            .SetApplicationName("CpdLog")
            .PersistKeysToDbContext<CpdLogDbContext>()
            .ProtectKeysFromConfiguration(configuration);

        services.AddProblemDetails();

        // Host filtering runs in UseCpdPipeline, where /health can be left out of it; drop the framework's copy, which
        // would otherwise run first for every path.
        var frameworkHostFilter = services.FirstOrDefault(d =>
            d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "HostFilteringStartupFilter");
        if (frameworkHostFilter is not null)
        {
            services.Remove(frameworkHostFilter);
        }

        // X-Forwarded-* is trusted only from the load balancer: loopback by default, or the networks listed in
        // ReverseProxy:KnownNetworks (CIDR). Trusting anyone would let a client spoof its IP past the rate limits.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var networks = configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [];
            foreach (var cidr in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(cidr));
            }
        });
        return services;
    }

    public static WebApplication UseCpdPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders(SecurityHeadersSetup.Policies(app.Environment.IsProduction()));

        // AllowedHosts (README): requests naming another host get 400, except /health, which load balancers probe
        // with an IP address as the Host.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments(HealthSetup.Path), b => b.UseHostFiltering());
        // Exceptions: pages get the friendly error page, the API (and anything asking for JSON) RFC 7807 problem
        // details, never HTML. A malformed request that the framework reports as BadHttpRequestException (a body too
        // big while reading, a broken form) keeps its 4xx status instead of becoming a 500.
        if (!app.Environment.IsDevelopment())
        {
            app.UseWhen(IsApi, b => b.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor }));
            app.UseWhen(ctx => !IsApi(ctx), b => b.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = StatusFor,
            }));
        }

        // Pages get a friendly error page; the API gets RFC 7807 problem details for bare status codes.
        app.UseWhen(ctx => !IsApi(ctx), b => b.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseWhen(IsApi, b => b.UseStatusCodePages());

        // A body larger than Kestrel's limit (30 MB) is a 413 before anything reads it, with any server in front.
        app.UseMiddleware<RequestSizeGate>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAccountKeys();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static bool IsApi(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/openapi");

    private static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
