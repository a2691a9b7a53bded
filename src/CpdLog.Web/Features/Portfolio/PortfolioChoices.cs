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

/// <summary>The defaults and choices for one of the user's registrations (for the form).</summary>
public sealed record PortfolioChoices(
    ProfessionalRegistration Registration,
    string BodyName,
    PortfolioTemplate Template,
    PortfolioPeriod DefaultPeriod,
    IReadOnlyList<PortfolioSectionKind> AvailableSections,
    IReadOnlySet<PortfolioSectionKind> DefaultSections);
