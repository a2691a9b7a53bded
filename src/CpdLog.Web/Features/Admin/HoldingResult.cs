namespace CpdLog.Web.Features.Admin;

/// <summary>Outcome of assigning a cost centre: the holding, or errors keyed by camelCase field.</summary>
public sealed record HoldingResult(CostCentreHolding? Holding, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
