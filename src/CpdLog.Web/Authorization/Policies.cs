namespace CpdLog.Web.Authorization;

using CpdLog.Data;
using Microsoft.AspNetCore.Authorization;

public static class Policies
{
    public const string Admin = nameof(Admin);
    public const string LineManager = nameof(LineManager);
    public const string BudgetHolder = nameof(BudgetHolder);

    /// <summary>Everything needs a signed-in user unless a page or endpoint is deliberately anonymous.</summary>
    public static IServiceCollection AddCpdAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(LineManager, p => p.RequireRole(Roles.LineManager, Roles.BudgetHolder, Roles.Admin))
            .AddPolicy(BudgetHolder, p => p.RequireRole(Roles.BudgetHolder));
        return services;
    }
}
