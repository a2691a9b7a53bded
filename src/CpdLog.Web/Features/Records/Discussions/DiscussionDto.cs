namespace CpdLog.Web.Features.Records.Discussions;

public sealed record DiscussionDto : RecordDto
{
    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public DateOnly Date { get; init; }

    public string PartnerName { get; init; } = "";

    public string PartnerNmcPin { get; init; } = "";

    public string PartnerEmail { get; init; } = "";

    public string PartnerAddress { get; init; } = "";

    public string PartnerPostcode { get; init; } = "";

    public string Notes { get; init; } = "";

    /// <summary>Set when the record was signed by e-mail (see /api/v1/sign-off-requests): it cannot be changed or deleted.</summary>
    public Guid? SignOffId { get; init; }
}
