namespace CpdLog.Core.Funding;

/// <summary>
/// How much of the cost is repayable, by complete months served since the study was completed. Sources: NHS trust
/// policies commonly recover on leaving within 2 years of completion on a sliding scale (100% / 50%); the generic
/// UK model clause reduces by 1/12 for each complete month served (professional-bodies.md §8).
/// </summary>
public sealed record RepaymentSchedule(RepaymentKind Kind, IReadOnlyList<RepaymentTier> Tiers, int LinearMonths)
{
    public static RepaymentSchedule Tiered(params RepaymentTier[] tiers) =>
        new(RepaymentKind.Tiered, [.. tiers.OrderBy(t => t.WithinMonths)], 0);

    public static RepaymentSchedule Linear(int months = 12) => new(RepaymentKind.Linear, [], months);

    /// <summary>Complete calendar months from <paramref name="from"/> to <paramref name="to"/> (31 Jan → 28 Feb is one month).</summary>
    public static int CompleteMonthsBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        while (months > 0 && from.AddMonths(months) > to)
        {
            months--;
        }

        return months;
    }

    /// <summary>The fraction (0–1) repayable when leaving on <paramref name="leavingDate"/> after completing on <paramref name="completedOn"/>.</summary>
    public decimal FractionAfter(DateOnly completedOn, DateOnly leavingDate)
    {
        var served = CompleteMonthsBetween(completedOn, leavingDate);
        if (Kind == RepaymentKind.Linear)
        {
            return LinearMonths <= 0 ? 0 : Math.Max(0m, (decimal)(LinearMonths - served) / LinearMonths);
        }

        var tier = Tiers.OrderBy(t => t.WithinMonths).FirstOrDefault(t => served < t.WithinMonths);
        return tier is null ? 0 : tier.Percent / 100m;
    }

    /// <summary>The months after completion during which anything is repayable.</summary>
    public int LengthInMonths => Kind == RepaymentKind.Linear ? LinearMonths : Tiers.Count == 0 ? 0 : Tiers.Max(t => t.WithinMonths);

    public string Describe() => Kind == RepaymentKind.Linear
        ? $"100% if you leave straight after completing, reduced by 1/{LinearMonths} for each complete month served, nothing after {LinearMonths} months"
        : string.Join(", ", Tiers.Select(t => $"{UkFormat.Percent(t.Percent)} within {t.WithinMonths} months of completion"))
          + (Tiers.Count > 0 ? $", nothing after {Tiers.Max(t => t.WithinMonths)} months" : "nothing");

    /// <summary>Tiers as stored text: "12:100;24:50".</summary>
    public string EncodeTiers() => string.Join(';', Tiers.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.WithinMonths}:{t.Percent}")));

    public static bool TryParseTiers(string? text, out IReadOnlyList<RepaymentTier> tiers)
    {
        var list = new List<RepaymentTier>();
        tiers = list;
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split(':');
            if (bits.Length != 2
                || !int.TryParse(bits[0], NumberStyles.None, CultureInfo.InvariantCulture, out var months) || months <= 0
                || !decimal.TryParse(bits[1].TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)
                || percent is < 0 or > 100)
            {
                return false;
            }

            list.Add(new RepaymentTier(months, percent));
        }

        list.Sort((a, b) => a.WithinMonths.CompareTo(b.WithinMonths));
        return list.Count > 0 && list.Select(t => t.WithinMonths).Distinct().Count() == list.Count;
    }
}
