namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;

/// <summary>
/// The HCPC profile's gaps: <see cref="ContinuousRecord.Gaps"/> (the one definition, HCPC wording cited there) over the
/// activities the portfolio prints, bounded by the portfolio period and the day it is generated.
/// </summary>
public static class ActivityGaps
{
    public const int HcpcGapMonths = ContinuousRecord.GapMonths;

    /// <summary>Gaps in <paramref name="period"/> up to <paramref name="today"/>, with the owner's explanations attached.</summary>
    public static IReadOnlyList<CpdGap> Find(
        IEnumerable<CpdActivity> activities,
        PortfolioPeriod period,
        DateOnly today,
        IEnumerable<GapExplanation>? explanations = null) =>
        ContinuousRecord.Gaps(
            activities.Where(a => a.Status == ActivityStatus.Completed && !a.IsDeleted).Select(a => (a.StartDate, a.EndDate)),
            period.From, period.To, today, explanations);

    /// <summary>
    /// The compliance judgement with its continuous-record requirement and gaps replaced by <paramref name="gaps"/>, so
    /// the summary's gap figure and met/not-met are exactly what the activity list prints.
    /// </summary>
    public static ComplianceResult? WithGaps(ComplianceResult? compliance, IReadOnlyList<CpdGap> gaps)
    {
        if (compliance?.Find("continuous-record") is not { } old)
        {
            return compliance;
        }

        var replaced = HcpcRuleSet.ContinuousRecordRequirement(gaps);
        return compliance with
        {
            Requirements = compliance.Requirements.Select(q => q.Code == old.Code ? replaced : q).ToList(),
            Gaps = gaps,
        };
    }
}
