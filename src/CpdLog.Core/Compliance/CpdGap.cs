namespace CpdLog.Core.Compliance;

/// <summary>
/// A stretch of days with no CPD activity that lasts three consecutive months or more, and the registrant's
/// explanations that overlap it. <see cref="Explained"/> when the explanations leave no unexplained stretch of three
/// months or more inside it.
/// </summary>
public sealed record CpdGap(DateOnly From, DateOnly To, IReadOnlyList<GapExplanation> Explanations, bool Explained)
{
    /// <summary>Whole calendar months in the gap, both ends included (2 January to 1 April is 3).</summary>
    public int WholeMonths
    {
        get
        {
            var after = To.AddDays(1);
            var months = ((after.Year - From.Year) * 12) + after.Month - From.Month;
            if (months > 0 && From.AddMonths(months) > after)
            {
                months--;
            }

            return Math.Max(0, months);
        }
    }
}
