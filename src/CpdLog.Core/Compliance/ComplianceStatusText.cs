namespace CpdLog.Core.Compliance;

/// <summary>Codes (API, data attributes) and words (pages, e-mails, portfolios) of <see cref="ComplianceStatus"/>.</summary>
public static class ComplianceStatusText
{
    /// <summary>Every status with its API code, in the order worst first (registration ranking).</summary>
    public static IReadOnlyList<ComplianceStatus> WorstFirst { get; } =
        [ComplianceStatus.NotMet, ComplianceStatus.AtRisk, ComplianceStatus.OnTrack, ComplianceStatus.NotDue, ComplianceStatus.Warning, ComplianceStatus.Met];

    /// <summary>The API value: "met", "on-track", "at-risk", "not-met", "not-due" or "warning".</summary>
    public static string Code(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "met",
        ComplianceStatus.OnTrack => "on-track",
        ComplianceStatus.AtRisk => "at-risk",
        ComplianceStatus.NotMet => "not-met",
        ComplianceStatus.NotDue => "not-due",
        ComplianceStatus.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The words shown to people: "Met", "On track", "At risk", "Not met", "Not due", "Warning".</summary>
    public static string Words(this ComplianceStatus status) => DisplayNames.Of(status);

    /// <summary>The words for an API code (e.g. "on-track" → "On track"); "Unknown" for anything else.</summary>
    public static string Words(string code) => TryParse(code, out var status) ? status.Words() : "Unknown";

    public static bool TryParse(string? code, out ComplianceStatus status)
    {
        foreach (var candidate in WorstFirst)
        {
            if (string.Equals(candidate.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>
    /// Rank for a registration (higher is worse): not-met &gt; at-risk &gt; on-track = not-due &gt; warning &gt; met.
    /// </summary>
    public static int Rank(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.NotMet => 4,
        ComplianceStatus.AtRisk => 3,
        ComplianceStatus.OnTrack or ComplianceStatus.NotDue => 2,
        ComplianceStatus.Warning => 1,
        _ => 0,
    };
}
