namespace CpdLog.Core.Funding;

/// <summary>Works out a person's authority over one requester's requests. The requester never has any over their own.</summary>
public static class DecisionAuthority
{
    public static ApproverAuthority For(
        string actorId,
        string requesterId,
        string? requesterLineManagerId,
        bool actorIsBudgetHolder,
        IEnumerable<ApprovalDelegation> delegationsToActor,
        DateOnly today)
    {
        if (actorId == requesterId)
        {
            return ApproverAuthority.None;
        }

        var authority = ApproverAuthority.None;
        if (requesterLineManagerId is not null && requesterLineManagerId == actorId)
        {
            authority |= ApproverAuthority.LineManager;
        }

        if (requesterLineManagerId is not null
            && delegationsToActor.Any(d => d.DelegateId == actorId && d.LineManagerId == requesterLineManagerId && d.IsActiveOn(today)))
        {
            authority |= ApproverAuthority.Delegate;
        }

        if (actorIsBudgetHolder)
        {
            authority |= ApproverAuthority.BudgetHolder;
        }

        return authority;
    }
}
