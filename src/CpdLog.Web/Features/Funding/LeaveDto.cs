namespace CpdLog.Web.Features.Funding;

public sealed record LeaveDto(decimal Allowance, decimal Taken, decimal Booked, decimal Remaining);
