namespace CpdLog.Core.Records;

/// <summary>The NMC reflective discussion with another registrant about the five reflective accounts.</summary>
public sealed class ReflectiveDiscussion : OwnedRecord, IReferencedRecord, IElectronicallySigned
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public DateOnly Date { get; set; }

    /// <inheritdoc />
    public Guid? SignOffId { get; set; }

    public string PartnerName { get; set; } = "";

    /// <summary>The partner's NMC Pin (e.g. 12A3456E).</summary>
    public string PartnerNmcPin { get; set; } = "";

    public string PartnerEmail { get; set; } = "";

    public string PartnerAddress { get; set; } = "";

    public string PartnerPostcode { get; set; } = "";

    public string Notes { get; set; } = "";
}
