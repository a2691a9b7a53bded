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

/// <summary>
/// The expected access of every route, "METHOD /pattern" as the endpoint data source gives it (pages: GET and POST).
/// A new route must be added here with its intended access; the matrix test fails until it is.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly IReadOnlyDictionary<string, Access> Expected = new Dictionary<string, Access>
    {
    };
}
