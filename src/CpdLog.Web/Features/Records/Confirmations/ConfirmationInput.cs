namespace CpdLog.Web.Features.Records.Confirmations;

/// <summary>The NMC confirmation form: who confirmed your revalidation, and when.</summary>
public sealed class ConfirmationInput : RecordInput<Confirmation>
{
    public DateOnly? Date { get; set; }

    public string? ConfirmerName { get; set; }

    public string? ConfirmerRole { get; set; }

    public bool ConfirmerIsNmcRegistrant { get; set; }

    /// <summary>NMC Pin, or another professional ID number.</summary>
    public string? ConfirmerProfessionalId { get; set; }

    public string? ConfirmerRegulator { get; set; }

    public string? ConfirmerEmail { get; set; }

    public string? ConfirmerAddress { get; set; }

    public string? ConfirmerPostcode { get; set; }

    /// <summary>The confirmer's category on the NMC form; not stated when left out.</summary>
    public ConfirmerCategory? ConfirmerCategory { get; set; }

    /// <summary>The requirements the confirmer checked.</summary>
    public List<ConfirmationItems>? ItemsConfirmed { get; set; }

    protected override void Apply(Confirmation entity)
    {
        entity.Date = Date ?? DateOnly.MinValue;
        entity.ConfirmerName = Text(ConfirmerName);
        entity.ConfirmerRole = Text(ConfirmerRole);
        entity.ConfirmerIsNmcRegistrant = ConfirmerIsNmcRegistrant;
        entity.ConfirmerProfessionalId = ConfirmerIsNmcRegistrant ? RecordValidation.NormalisePin(ConfirmerProfessionalId) : Text(ConfirmerProfessionalId);
        entity.ConfirmerRegulator = ConfirmerIsNmcRegistrant ? "NMC" : Text(ConfirmerRegulator);
        entity.ConfirmerEmail = Text(ConfirmerEmail);
        entity.ConfirmerAddress = Text(ConfirmerAddress);
        entity.ConfirmerPostcode = Text(ConfirmerPostcode).ToUpperInvariant();
        entity.ConfirmerCategory = ConfirmerCategory ?? Core.Records.ConfirmerCategory.NotStated;
        entity.ItemsConfirmed = ConfirmationItemsExtensions.Combine(ItemsConfirmed);
    }

    protected override IReadOnlyList<FieldError> Check(Confirmation draft, DateOnly today) => RecordValidation.Confirmation(draft, today);
}
