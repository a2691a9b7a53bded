namespace CpdLog.Core.Records;

/// <summary>Confirmation of revalidation by an appropriate confirmer.</summary>
public sealed class Confirmation : OwnedRecord
{
    public DateOnly Date { get; set; }

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
}
