namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

public sealed record LeaveDto(decimal Allowance, decimal Taken, decimal Booked, decimal Remaining);
