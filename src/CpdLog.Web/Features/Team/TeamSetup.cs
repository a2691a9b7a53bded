namespace CpdLog.Web.Features.Team;

/// <summary>The team feature: the delegation service behind Team/Index and <c>/api/v1/delegations</c>.</summary>
public static class TeamSetup
{
    public static IServiceCollection AddTeam(IServiceCollection services)
    {
        services.AddScoped<DelegationService>();
        return services;
    }
}
