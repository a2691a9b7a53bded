namespace CpdLog.Web.Features.Records.Confirmations;

public sealed record ConfirmationDto : RecordDto
{
    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public DateOnly Date { get; init; }

    public string ConfirmerName { get; init; } = "";

    public string ConfirmerRole { get; init; } = "";

    public bool ConfirmerIsNmcRegistrant { get; init; }

    public string ConfirmerProfessionalId { get; init; } = "";

    public string ConfirmerRegulator { get; init; } = "";

    public string ConfirmerEmail { get; init; } = "";

    public string ConfirmerAddress { get; init; } = "";

    public string ConfirmerPostcode { get; init; } = "";

    public ConfirmerCategory ConfirmerCategory { get; init; }

    public IReadOnlyList<ConfirmationItems> ItemsConfirmed { get; init; } = [];

    /// <summary>Set when the record was signed by e-mail (see /api/v1/sign-off-requests): it cannot be changed or deleted.</summary>
    public Guid? SignOffId { get; init; }
}
