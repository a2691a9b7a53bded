namespace CpdLog.Web.Features.SignOff;

using CpdLog.Core.SignOffs;

/// <summary>A sign-off request as the API and the registrant's pages show it.</summary>
public sealed record SignOffRequestDto
{
    public Guid Id { get; init; }

    public Guid RegistrationId { get; init; }

    public SignOffKind Kind { get; init; }

    public string Name { get; init; } = "";

    public string Email { get; init; } = "";

    /// <summary><c>pending</c>, <c>signed</c>, <c>declined</c>, <c>expired</c> or <c>withdrawn</c>.</summary>
    public string Status { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>The confirmation or reflective discussion created when it was signed.</summary>
    public Guid? RecordId { get; init; }

    public string? DeclineReason { get; init; }

    /// <summary>SHA-256 of what the recipient saw and entered (signed or declined).</summary>
    public string? ContentSha256 { get; init; }

    /// <summary>The code <c>/verify</c> accepts for a signed sign-off.</summary>
    public string? VerificationCode { get; init; }

    public static string StatusWord(SignOffStatus status) => status.ToString().ToLowerInvariant();

    public static SignOffRequestDto From(SignOffRequest r, DateTimeOffset now) => new()
    {
        Id = r.Id,
        RegistrationId = r.RegistrationId,
        Kind = r.Kind,
        Name = r.RecipientName,
        Email = r.RecipientEmail,
        Status = StatusWord(r.StatusAt(now)),
        CreatedAt = r.CreatedAt,
        ExpiresAt = r.ExpiresAt,
        AnsweredAt = r.State is SignOffState.Signed or SignOffState.Declined ? r.ClosedAt : null,
        RecordId = r.RecordId,
        DeclineReason = r.State == SignOffState.Declined ? r.DeclineReason : null,
        ContentSha256 = string.IsNullOrEmpty(r.ContentSha256) ? null : r.ContentSha256,
        VerificationCode = r.VerificationCode,
    };
}
