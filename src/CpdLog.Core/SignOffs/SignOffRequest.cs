namespace CpdLog.Core.SignOffs;

/// <summary>
/// A registrant's request that someone sign off a record by e-mail. The recipient opens a single-use link (only the
/// SHA-256 of its token is stored) and, without an account, confirms or declines. What they were shown is frozen
/// here when the request is made (<see cref="SummaryJson"/>), so what they signed can be re-read and its hash re-checked.
/// CpdLog checks only that the person who answered could open a link sent to <see cref="RecipientEmail"/>: it does
/// not check who they are.
/// </summary>
public sealed class SignOffRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The registrant (Identity user id).</summary>
    public string OwnerId { get; set; } = "";

    public Guid RegistrationId { get; set; }

    public SignOffKind Kind { get; set; }

    /// <summary>The name the registrant gave for the recipient.</summary>
    public string RecipientName { get; set; } = "";

    /// <summary>Where the link was sent; never one of the registrant's own addresses.</summary>
    public string RecipientEmail { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the link's token. The token itself is only ever in the e-mail.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public SignOffState State { get; set; }

    /// <summary>When the recipient signed or declined, or the registrant withdrew.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The registrant's name, body, registration number and cycle as shown to the recipient (copied when asked).</summary>
    public string RegistrantName { get; set; } = "";

    public string BodyCode { get; set; } = "";

    public string BodyName { get; set; } = "";

    public string RegistrationNumber { get; set; } = "";

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>The summary of records the recipient is shown (JSON of <see cref="SignOffSummary"/>), frozen at request time.</summary>
    public string SummaryJson { get; set; } = "";

    // What the recipient entered.
    public string SignerName { get; set; } = "";

    public string SignerRole { get; set; } = "";

    public ConfirmerCategory SignerCategory { get; set; }

    public bool SignerIsNmcRegistrant { get; set; }

    /// <summary>NMC Pin (normalised) or the number with another regulator.</summary>
    public string SignerProfessionalId { get; set; } = "";

    /// <summary>"NMC" or the other regulator's name.</summary>
    public string SignerRegulator { get; set; } = "";

    public string SignerAddress { get; set; } = "";

    public string SignerPostcode { get; set; } = "";

    /// <summary>Date of the confirmation or reflective discussion meeting (the attestation: the day it was signed).</summary>
    public DateOnly? MeetingDate { get; set; }

    public ConfirmationItems ItemsConfirmed { get; set; }

    public string DeclineReason { get; set; } = "";

    /// <summary>The exact text that was hashed when the recipient answered: what they were shown and what they entered.</summary>
    public string SignedText { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <see cref="SignedText"/>.</summary>
    public string ContentSha256 { get; set; } = "";

    /// <summary>Code that <c>/verify</c> accepts for a signed request, printed in portfolios (format of portfolio codes).</summary>
    public string? VerificationCode { get; set; }

    /// <summary>The confirmation or reflective discussion record created from the answer (none for an attestation).</summary>
    public Guid? RecordId { get; set; }

    public SignOffStatus StatusAt(DateTimeOffset now) => State switch
    {
        SignOffState.Signed => SignOffStatus.Signed,
        SignOffState.Declined => SignOffStatus.Declined,
        SignOffState.Withdrawn => SignOffStatus.Withdrawn,
        _ => now >= ExpiresAt ? SignOffStatus.Expired : SignOffStatus.Pending,
    };
}
