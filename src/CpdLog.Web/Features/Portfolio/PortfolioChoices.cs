namespace CpdLog.Web.Features.Portfolio;

/// <summary>The defaults and choices for one of the user's registrations (for the form).</summary>
public sealed record PortfolioChoices(
    ProfessionalRegistration Registration,
    string BodyName,
    PortfolioTemplate Template,
    PortfolioPeriod DefaultPeriod,
    IReadOnlyList<PortfolioSectionKind> AvailableSections,
    IReadOnlySet<PortfolioSectionKind> DefaultSections);
