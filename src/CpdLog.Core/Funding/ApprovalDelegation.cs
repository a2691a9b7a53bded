namespace CpdLog.Core.Funding;

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
