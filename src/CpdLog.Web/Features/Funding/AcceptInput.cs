namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

public sealed record AcceptInput(Guid FundingRequestId);
