namespace CpdLog.Core.Funding;

/// <summary>How a person relates to a request they might decide.</summary>
[Flags]
public enum ApproverAuthority
{
    None = 0,

    /// <summary>The requester's line manager.</summary>
    LineManager = 1,

    /// <summary>Named by the requester's line manager to decide while they are away, within the delegation dates.</summary>
    Delegate = 2,

    /// <summary>Holds the budget role: makes the second approval and budget overrides.</summary>
    BudgetHolder = 4,
}

public static class ApproverAuthorityExtensions
{
    public static bool HasAny(this ApproverAuthority authority, ApproverAuthority any) => (authority & any) != 0;
}

/// <summary>A line manager names another line manager to decide their reports' requests between two dates (inclusive).</summary>
public sealed class ApprovalDelegation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string LineManagerId { get; set; } = "";

    public string DelegateId { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsActiveOn(DateOnly day) => day >= From && day <= To;

    public static Result Validate(string lineManagerId, string delegateId, DateOnly from, DateOnly to, DateOnly today)
    {
        if (delegateId == lineManagerId)
        {
            return Result.Invalid("delegateId", "Choose someone other than yourself as your delegate");
        }

        if (to < from)
        {
            return Result.Invalid("to", "The end date must be the same as or after the start date");
        }

        return to < today ? Result.Invalid("to", "The end date must be today or later") : Result.Ok;
    }
}

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
