namespace CpdLog.Web.Features.Records.Discussions;

/// <summary>The NMC reflective discussion form.</summary>
public sealed class DiscussionInput : RecordInput<ReflectiveDiscussion>
{
    public DateOnly? Date { get; set; }

    public string? PartnerName { get; set; }

    /// <summary>The partner's NMC Pin, like 12A3456E.</summary>
    public string? PartnerNmcPin { get; set; }

    public string? PartnerEmail { get; set; }

    public string? PartnerAddress { get; set; }

    public string? PartnerPostcode { get; set; }

    public string? Notes { get; set; }

    protected override void Apply(ReflectiveDiscussion entity)
    {
        entity.Date = Date ?? DateOnly.MinValue;
        entity.PartnerName = Text(PartnerName);
        entity.PartnerNmcPin = RecordValidation.NormalisePin(PartnerNmcPin);
        entity.PartnerEmail = Text(PartnerEmail);
        entity.PartnerAddress = Text(PartnerAddress);
        entity.PartnerPostcode = Text(PartnerPostcode).ToUpperInvariant();
        entity.Notes = Text(Notes);
    }

    protected override IReadOnlyList<FieldError> Check(ReflectiveDiscussion draft, DateOnly today) => RecordValidation.Discussion(draft, today);
}
