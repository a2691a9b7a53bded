namespace CpdLog.Web.Features.Portfolio;

/// <summary>What the user asked for. Null dates default to the registration's current cycle; null sections to the template's.</summary>
public sealed record PortfolioRequest(
    Guid RegistrationId,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyCollection<string>? Sections,
    bool IncludePrivate);
