namespace CpdLog.Web.Features.SignOff;

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
