namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

public sealed record FundingDecisionDto(FundingAction Action, FundingStatus FromStatus, FundingStatus ToStatus, string ActorId, DateTimeOffset At, string Comment, decimal? Amount, decimal? LeaveHours);
