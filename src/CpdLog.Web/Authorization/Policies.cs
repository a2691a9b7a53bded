namespace CpdLog.Web.Authorization;

public static class Policies
{
    public const string Admin = nameof(Admin);
    public const string LineManager = nameof(LineManager);

    /// <summary>Budgets and the funding administration: budget holders for their cost centres, admins for all.</summary>
    public const string BudgetHolderOrAdmin = nameof(BudgetHolderOrAdmin);

    /// <summary>Everything needs a signed-in user unless a page or endpoint is deliberately anonymous.</summary>
    public static IServiceCollection AddCpdAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(LineManager, p => p.RequireRole(Roles.LineManager, Roles.BudgetHolder, Roles.Admin))
            .AddPolicy(BudgetHolderOrAdmin, p => p.RequireRole(Roles.BudgetHolder, Roles.Admin));
        return services;
    }
}
