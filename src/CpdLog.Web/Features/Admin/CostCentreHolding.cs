namespace CpdLog.Web.Features.Admin;

/// <summary>A holding as an Admin sees it: who holds which cost centre, since when, assigned by whom.</summary>
public sealed record CostCentreHolding(Guid Id, string UserId, string Name, string Email, string CostCentre, DateTimeOffset AssignedAt, string AssignedBy);
