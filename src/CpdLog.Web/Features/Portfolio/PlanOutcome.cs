namespace CpdLog.Web.Features.Portfolio;

/// <summary>Either a plan, field errors (camelCase keys), or neither: the registration is not the user's.</summary>
public sealed record PlanOutcome(PortfolioPlan? Plan, IDictionary<string, string[]>? Errors)
{
    public bool NotFound => Plan is null && Errors is null;
}
