namespace CpdLog.Web.Features.Admin;

using CpdLog.Core.Funding;
using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

public sealed record HoldCostCentreRequest(string? UserId, string? CostCentre);
