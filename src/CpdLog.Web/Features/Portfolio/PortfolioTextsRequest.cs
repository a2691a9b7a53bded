namespace CpdLog.Web.Features.Portfolio;

/// <summary>Body of PUT /api/v1/portfolio-texts/{registrationId}. Null leaves that text empty.</summary>
public sealed record PortfolioTextsRequest(string? SummaryOfPractice, string? PersonalStatement);
