namespace CpdLog.Core.Funding;

using CpdLog.Core.Display;

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

    /// <summary>Whether the two windows share at least one day.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && from <= To;

    /// <summary>
    /// Checks a new delegation: the delegate is another line manager, the dates are given, the window ends on or after
    /// it starts and not in the past, and it does not overlap another of the same line manager's delegations.
    /// </summary>
    public static Result Validate(
        string lineManagerId,
        string? delegateId,
        bool delegateIsLineManager,
        DateOnly? from,
        DateOnly? to,
        DateOnly today,
        IEnumerable<ApprovalDelegation> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (string.IsNullOrWhiteSpace(delegateId))
        {
            return Result.Invalid("delegateId", "Choose the line manager who decides while you are away");
        }

        if (delegateId == lineManagerId)
        {
            return Result.Invalid("delegateId", "Choose someone other than yourself as your delegate");
        }

        if (!delegateIsLineManager)
        {
            return Result.Invalid("delegateId", "Your delegate must be another line manager");
        }

        if (from is not { } start)
        {
            return Result.Invalid("from", "Enter the date your delegate starts deciding");
        }

        if (to is not { } end)
        {
            return Result.Invalid("to", "Enter the date your delegate stops deciding");
        }

        if (end < start)
        {
            return Result.Invalid("to", "The end date must be the same as or after the start date");
        }

        if (end < today)
        {
            return Result.Invalid("to", "The end date must be today or later");
        }

        var clash = existing.Where(d => d.LineManagerId == lineManagerId && d.Overlaps(start, end)).OrderBy(d => d.From).FirstOrDefault();
        return clash is null
            ? Result.Ok
            : Result.Invalid("from",
                $"You already have a delegate from {UkFormat.Date(clash.From)} to {UkFormat.Date(clash.To)}: choose dates that do not overlap, or end that delegation first");
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
