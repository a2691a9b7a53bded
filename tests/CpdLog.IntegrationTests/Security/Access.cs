namespace CpdLog.IntegrationTests.Security;

/// <summary>Who may reach a route: anyone, any signed-in user, or a role (checked before the route's own ownership rules).</summary>
public enum Access
{
    Anonymous,
    User,
    Admin,
    LineManager,
    BudgetHolder,
    AdminOrBudgetHolder,
}
