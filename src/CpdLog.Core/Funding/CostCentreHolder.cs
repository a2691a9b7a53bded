namespace CpdLog.Core.Funding;

/// <summary>
/// A budget holder holds a cost centre: they see its requests, set its budgets and make its second approvals.
/// Only people with the BudgetHolder role hold cost centres; an Admin assigns them (never to themselves).
/// </summary>
public sealed class CostCentreHolder
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string UserId { get; set; } = "";

    /// <summary>Upper-case cost centre code, as on accounts, budgets and requests.</summary>
    public string CostCentre { get; set; } = "";

    public DateTimeOffset AssignedAt { get; set; }

    public string AssignedById { get; set; } = "";

    /// <summary>Cost centre codes are compared upper-case and trimmed everywhere.</summary>
    public static string Normalise(string? costCentre) => (costCentre ?? "").Trim().ToUpperInvariant();
}
