namespace CpdLog.Web.Features.Portfolio;

/// <summary>A checked request, ready to render: the builder input and the file name to serve it under.</summary>
public sealed record PortfolioPlan(string OwnerId, Guid RegistrationId, PortfolioInput Input, string FileName);
