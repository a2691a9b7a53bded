namespace CpdLog.Web.Features.Funding;

/// <summary>The outcome of a funding operation: not found (404), or the domain result (success or a refusal).</summary>
public sealed record FundingOutcome(Result Result, bool NotFound = false)
{
    public static readonly FundingOutcome Missing = new(Result.Ok, NotFound: true);

    public bool Succeeded => !NotFound && Result.Succeeded;
}
