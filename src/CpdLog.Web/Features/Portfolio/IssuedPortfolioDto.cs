namespace CpdLog.Web.Features.Portfolio;

/// <summary>A portfolio issued before: enough to find it again and to check a copy.</summary>
public sealed record IssuedPortfolioDto(
    Guid Id,
    string VerificationCode,
    DateTimeOffset GeneratedAt,
    Guid RegistrationId,
    string BodyCode,
    string RegistrationNumber,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    PortfolioTemplate Template,
    long SizeBytes,
    string Sha256);
