namespace CpdLog.Core.Funding;

/// <summary>The outcome of a domain operation: success, or a refusal with a reason. Expected refusals never throw.</summary>
public sealed record Result(Refusal? Refusal)
{
    public static readonly Result Ok = new((Refusal?)null);

    public bool Succeeded => Refusal is null;

    /// <summary>A note for the user on success (e.g. "sent to the budget holder for a second approval").</summary>
    public string? Note { get; init; }

    public static Result Invalid(string field, string message) => new(new Refusal(RefusalKind.Invalid, field, message));

    /// <summary>Every field error at once (at least one); the first also fills <see cref="Refusal.Field"/> and <see cref="Refusal.Message"/>.</summary>
    public static Result Invalid(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one field error.", nameof(errors));
        }

        return new(new Refusal(RefusalKind.Invalid, errors[0].Field, errors[0].Message) { Errors = errors });
    }

    /// <summary>Success when there are no errors, otherwise every one of them.</summary>
    public static Result From(IReadOnlyList<FieldError> errors) => errors is { Count: > 0 } ? Invalid(errors) : Ok;

    public static Result NotAllowed(string message) => new(new Refusal(RefusalKind.NotAllowed, "", message));

    public static Result Conflict(string message) => new(new Refusal(RefusalKind.Conflict, "", message));
}
