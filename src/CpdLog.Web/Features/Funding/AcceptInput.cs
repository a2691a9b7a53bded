namespace CpdLog.Web.Features.Funding;

public sealed record AcceptInput(Guid FundingRequestId);
