namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Records;

/// <summary>The registration the portfolio is for.</summary>
public sealed record PortfolioRegistration(string BodyCode, string BodyName, string RegistrationNumber);
