namespace CpdLog.Web.Features.Admin;

public static class AdminSetup
{
    /// <summary>User and custom-body administration.</summary>
    public static void AddAdministration(IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<CustomBodyAdministration>();
        services.AddScoped<AdminAuditLog>();
        services.AddScoped<CostCentreHoldings>();
    }
}
