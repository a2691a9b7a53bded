namespace CpdLog.Web.Features.Funding;

public sealed record DecisionInput(string? Comment);
