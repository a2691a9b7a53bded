namespace CpdLog.Core.Records;

/// <summary>Confirmation of revalidation by an appropriate confirmer.</summary>
public sealed class Confirmation : OwnedRecord, IReferencedRecord, IElectronicallySigned
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public DateOnly Date { get; set; }

    /// <inheritdoc />
    public Guid? SignOffId { get; set; }

    public string ConfirmerName { get; set; } = "";

    public string ConfirmerRole { get; set; } = "";

    public bool ConfirmerIsNmcRegistrant { get; set; }

    /// <summary>NMC Pin, or another professional ID number.</summary>
    public string ConfirmerProfessionalId { get; set; } = "";

    /// <summary>The confirmer's regulator when not the NMC (e.g. HCPC, GMC).</summary>
    public string ConfirmerRegulator { get; set; } = "";

    public string ConfirmerEmail { get; set; } = "";

    public string ConfirmerAddress { get; set; } = "";

    public string ConfirmerPostcode { get; set; } = "";

    /// <summary>Which kind of confirmer this is (the NMC confirmation form asks for the category).</summary>
    public ConfirmerCategory ConfirmerCategory { get; set; }

    /// <summary>The requirements the confirmer checked with the registrant.</summary>
    public ConfirmationItems ItemsConfirmed { get; set; }
}
