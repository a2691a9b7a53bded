namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

public sealed record CompleteInput(DateOnly CompletedOn, decimal ActualHours, decimal? ActualCost, string? Reflection, string? CostReason = null);
