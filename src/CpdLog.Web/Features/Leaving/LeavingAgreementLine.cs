namespace CpdLog.Web.Features.Leaving;

/// <summary>
/// One learning agreement on approved study and what is repayable on the leaving date, with the clauses that apply:
/// the template's schedule in words, its triggers and waivers, and when it was accepted.
/// </summary>
public sealed record LeavingAgreementLine(
    Guid AgreementId,
    Guid FundingRequestId,
    string Study,
    string Agreement,
    int TemplateVersion,
    DateOnly AcceptedOn,
    DateOnly? CompletedOn,
    decimal CostBasis,
    string Schedule,
    string Triggers,
    string Waivers,
    string Terms,
    decimal Percent,
    decimal Repayable,
    bool Triggered,
    bool Waived,
    string Explanation);
