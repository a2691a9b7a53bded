namespace CpdLog.Web.Features.Funding;

/// <summary>What one person may do with one request.</summary>
public sealed record RequestAccess(bool CanView, bool IsRequester, ApproverAuthority Authority)
{
    public bool CanDecide(FundingRequest r) => !IsRequester && r.Status switch
    {
        FundingStatus.Submitted => Authority.HasAny(ApproverAuthority.LineManager | ApproverAuthority.Delegate),
        FundingStatus.AwaitingBudgetHolder => Authority.HasAny(ApproverAuthority.BudgetHolder) && r.FirstApproverId != null,
        FundingStatus.AwaitingCostApproval => r.CostNeedsBudgetHolder
            ? Authority.HasAny(ApproverAuthority.BudgetHolder)
            : Authority.HasAny(ApproverAuthority.LineManager | ApproverAuthority.Delegate | ApproverAuthority.BudgetHolder),
        _ => false,
    };
}
