namespace CpdLog.Core.Portfolio;

/// <summary>The registration the portfolio is for.</summary>
public sealed record PortfolioRegistration(string BodyCode, string BodyName, string RegistrationNumber);
