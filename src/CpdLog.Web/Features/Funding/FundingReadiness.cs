namespace CpdLog.Web.Features.Funding;

/// <summary>
/// What a person's account must have before a funding request can go anywhere: a line manager to decide it and a
/// team cost centre to fund it from. Told when they start a request (and on the funding page), not at submission.
/// </summary>
public static class FundingReadiness
{
    public const string NoLineManager =
        "Your account has no line manager, so nobody can approve a request yet. Ask your CpdLog administrator to set your line manager.";

    public const string NoCostCentre =
        "Your account has no team cost centre to fund study from. Ask your CpdLog administrator to set your cost centre.";

    public static IReadOnlyList<string> Missing(string? costCentre, string? lineManagerId)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(lineManagerId))
        {
            missing.Add(NoLineManager);
        }

        if (string.IsNullOrWhiteSpace(costCentre))
        {
            missing.Add(NoCostCentre);
        }

        return missing;
    }
}
