namespace CpdLog.Web.Features.Records.Declarations;

public sealed record DeclarationDto : RecordDto
{
    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public DeclarationKind Kind { get; init; }

    public DateOnly Date { get; init; }

    public string Statement { get; init; } = "";

    public bool IndemnityThroughEmployer { get; init; }

    public string IndemnityProvider { get; init; } = "";
}
