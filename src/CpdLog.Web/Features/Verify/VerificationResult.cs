namespace CpdLog.Web.Features.Verify;

/// <summary>
/// The public answer about a portfolio. Only what is printed on the portfolio's cover is ever returned: the name, the
/// registration, the period and when it was issued. Nothing else about the person.
/// </summary>
public sealed record VerificationResult(
    bool Genuine,
    string Method,
    string Message,
    string? VerificationCode = null,
    string? IssuedTo = null,
    DateTimeOffset? IssuedAt = null,
    string? BodyCode = null,
    string? BodyName = null,
    string? RegistrationNumber = null,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null)
{
    /// <summary>Set when the code is a sign-off's (printed beside an electronically signed record), not a portfolio's; absent otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public SignOffVerification? SignOff { get; init; }
}
