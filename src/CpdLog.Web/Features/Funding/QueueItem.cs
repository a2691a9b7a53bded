namespace CpdLog.Web.Features.Funding;

public sealed record QueueItem(FundingRequest Request, CpdUser Requester, string Stage);
