namespace CpdLog.Web.Features.Portfolio;

/// <summary>Body of POST /api/v1/portfolios. Sections are names such as "CpdLog" or "FundedStudy".</summary>
public sealed record CreatePortfolioRequest(
    Guid RegistrationId,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Sections = null,
    bool IncludePrivate = false);
