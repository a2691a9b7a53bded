namespace CpdLog.Web.Features.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Progress;
using CpdLog.Core.Display;
using CpdLog.Core.Funding;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.Portfolio;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>Either a plan, field errors (camelCase keys), or neither: the registration is not the user's.</summary>
public sealed record PlanOutcome(PortfolioPlan? Plan, IDictionary<string, string[]>? Errors)
{
    public bool NotFound => Plan is null && Errors is null;
}
