namespace CpdLog.Web.Features.Admin;

public sealed record HoldCostCentreRequest(string? UserId, string? CostCentre);
