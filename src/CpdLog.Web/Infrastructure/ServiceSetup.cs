namespace CpdLog.Web.Infrastructure;

using CpdLog.Data;
using CpdLog.Web.Infrastructure.Email;
using CpdLog.Web.Infrastructure.Security;
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
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        // Pages get a friendly error page; the API gets RFC 7807 problem details for bare status codes.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"),
            b => b.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAccountKeys();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
