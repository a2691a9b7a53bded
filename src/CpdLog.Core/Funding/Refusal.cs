namespace CpdLog.Core.Funding;

/// <summary>
/// A refusal with a message a user can act on. For <see cref="RefusalKind.Invalid"/>, <see cref="Errors"/> holds every
/// field error at once, keyed by the JSON property name of the request body (camelCase); <see cref="Field"/> and
/// <see cref="Message"/> are the first of them. Other kinds concern no field (<see cref="Field"/> is "").
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Field, string Message)
{
    private readonly IReadOnlyList<FieldError>? _errors;

    /// <summary>Every field error; a refusal made from one field and message has that one.</summary>
    public IReadOnlyList<FieldError> Errors
    {
        get => _errors ?? (Kind == RefusalKind.Invalid ? [new FieldError(Field, Message)] : []);
        init => _errors = value;
    }
}
