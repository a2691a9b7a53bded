namespace CpdLog.Web.Features.Funding;

public sealed record CompleteInput(DateOnly CompletedOn, decimal ActualHours, decimal? ActualCost, string? Reflection, string? CostReason = null);
