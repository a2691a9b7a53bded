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

/// <summary>What the user asked for. Null dates default to the registration's current cycle; null sections to the template's.</summary>
public sealed record PortfolioRequest(
    Guid RegistrationId,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyCollection<string>? Sections,
    bool IncludePrivate);
