namespace CpdLog.Core.Funding;

/// <summary>Why an expected refusal happened, so the web layer can choose 400, 403 or 409 without parsing text.</summary>
public enum RefusalKind
{
    /// <summary>The input is wrong or incomplete (400, a field error).</summary>
    Invalid,

    /// <summary>This person may not take this action on this request (403).</summary>
    NotAllowed,

    /// <summary>The request's state or the budget does not allow it now (409).</summary>
    Conflict,
}

/// <summary>A refusal with a message a user can act on. <see cref="Field"/> is the input it concerns ("" for none).</summary>
public sealed record Refusal(RefusalKind Kind, string Field, string Message);

/// <summary>The outcome of a domain operation: success, or a refusal with a reason. Expected refusals never throw.</summary>
public sealed record Result(Refusal? Refusal)
{
    public static readonly Result Ok = new((Refusal?)null);

    public bool Succeeded => Refusal is null;

    /// <summary>A note for the user on success (e.g. "sent to the budget holder for a second approval").</summary>
    public string? Note { get; init; }

    public static Result Invalid(string field, string message) => new(new Refusal(RefusalKind.Invalid, field, message));

    public static Result NotAllowed(string message) => new(new Refusal(RefusalKind.NotAllowed, "", message));

    public static Result Conflict(string message) => new(new Refusal(RefusalKind.Conflict, "", message));
}
