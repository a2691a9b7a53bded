namespace CpdLog.Web.Features.Registrations;

public sealed record RequirementDto(
    string Code,
    string Title,
    decimal Required,
    decimal Achieved,
    string Unit,
    bool Met,
    string Severity,
    string Status,
    string NextStep,
    string Source)
{
    /// <summary>The value at the requirement's deadline at the current pace (docs/requirement-codes.md, "Status scale").</summary>
    public decimal Projected { get; init; }
}
