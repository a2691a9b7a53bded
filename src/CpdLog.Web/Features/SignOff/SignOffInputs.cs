namespace CpdLog.Web.Features.SignOff;

using CpdLog.Core.Records;
using CpdLog.Core.SignOffs;

/// <summary>What a registrant sends to ask for a sign-off (page form or <c>POST /api/v1/sign-off-requests</c>).</summary>
public sealed class SignOffRequestInput
{
    public Guid? RegistrationId { get; set; }

    /// <summary><c>Confirmation</c>, <c>Discussion</c> or <c>Attestation</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>The recipient's name.</summary>
    public string? Name { get; set; }

    /// <summary>The recipient's e-mail address: never one of the registrant's own.</summary>
    public string? Email { get; set; }

    /// <summary>Show the recipient records marked private too (off by default).</summary>
    public bool IncludePrivate { get; set; }
}

/// <summary>What the recipient enters on the sign-off page (the fields of the NMC forms).</summary>
public sealed class SignOffAnswer
{
    public string? SignerName { get; set; }

    public string? SignerRole { get; set; }

    public ConfirmerCategory? SignerCategory { get; set; }

    public bool SignerIsNmcRegistrant { get; set; }

    /// <summary>NMC Pin (like 12A3456E) or the number with another regulator.</summary>
    public string? SignerProfessionalId { get; set; }

    public string? SignerRegulator { get; set; }

    public string? SignerAddress { get; set; }

    public string? SignerPostcode { get; set; }

    public DateOnly? MeetingDate { get; set; }

    public List<ConfirmationItems>? ItemsConfirmed { get; set; }

    /// <summary>The signer ticked the declaration.</summary>
    public bool Agree { get; set; }

    public string? DeclineReason { get; set; }
}

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
