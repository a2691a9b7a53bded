namespace CpdLog.Web.Features.Funding;

public sealed record FundingDecisionDto(FundingAction Action, FundingStatus FromStatus, FundingStatus ToStatus, string ActorId, DateTimeOffset At, string Comment, decimal? Amount, decimal? LeaveHours);
