namespace CpdLog.Web.Features.Funding;

public sealed record LeaverLine(CpdUser Person, FundingRequest Request, AgreementAcceptance Acceptance, AgreementTemplate Template, RepaymentQuote Quote);
