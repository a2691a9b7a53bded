namespace CpdLog.Web.Features.Funding;

public sealed record RepayableDto(Guid AgreementId, DateOnly LeavingDate, LeavingReason Reason, decimal Amount, decimal Fraction, bool Triggered, bool Waived, string Explanation);
