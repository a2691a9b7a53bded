namespace CpdLog.Core.Funding;

using System.Globalization;
using CpdLog.Core.Display;

/// <summary>Why someone leaves (or stops the study): the triggers and waivers of a learning agreement are sets of these.</summary>
[Flags]
public enum LeavingReason
{
    None = 0,
    Resignation = 1,
    Dismissal = 2,
    WithdrawalFromCourse = 4,
    FailureToComplete = 8,
    Redundancy = 16,
    MaternityRelated = 32,
    InternalTransfer = 64,
    Retirement = 128,
    IllHealth = 256,
}

public enum RepaymentKind
{
    /// <summary>Stepped percentages, e.g. 100% within 12 months of completion, 50% within 24 months.</summary>
    Tiered = 0,

    /// <summary>100% reduced by 1/N for each complete month served after completion (N = 12 in the model clause).</summary>
    Linear = 1,
}

/// <summary>A step of a tiered schedule: <see cref="Percent"/> is repayable when leaving within <see cref="WithinMonths"/> complete months.</summary>
public sealed record RepaymentTier(int WithinMonths, decimal Percent);

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

/// <summary>The amount repayable on one agreement for one leaving date and reason, with the reason in words.</summary>
public sealed record RepaymentQuote(decimal Amount, decimal Fraction, bool Triggered, bool Waived, string Explanation);

public static class RepaymentCalculator
{
    /// <summary>
    /// Applies an agreement's terms. A waived reason (e.g. maternity-related: recovery would risk discrimination) or a
    /// reason that is not a trigger costs nothing. Leaving before completion, withdrawing or failing to complete makes
    /// the whole cost repayable; after completion the schedule applies. Amounts round down to the penny (never overcharge).
    /// </summary>
    public static RepaymentQuote Calculate(AgreementTemplate terms, decimal costBasis, DateOnly? completedOn, DateOnly leavingDate, LeavingReason reason)
    {
        if (reason != LeavingReason.None && (terms.Waivers & reason) == reason)
        {
            return new RepaymentQuote(0, 0, Triggered: true, Waived: true, $"Waived: {Words(reason)} is a waiver under {terms.Name} v{terms.Version}.");
        }

        if (reason == LeavingReason.None || (terms.Triggers & reason) != reason)
        {
            return new RepaymentQuote(0, 0, Triggered: false, Waived: false, $"Nothing to repay: {Words(reason)} does not trigger repayment under {terms.Name} v{terms.Version}.");
        }

        var beforeCompletion = completedOn is null || leavingDate < completedOn.Value
                               || reason is LeavingReason.WithdrawalFromCourse or LeavingReason.FailureToComplete;
        var fraction = beforeCompletion ? 1m : terms.Schedule.FractionAfter(completedOn!.Value, leavingDate);
        var amount = Math.Round(costBasis * fraction, 2, MidpointRounding.ToZero);
        var explanation = beforeCompletion
            ? $"The study was not completed: the full cost of {FundingRequest.Money(costBasis)} is repayable."
            : $"{RepaymentSchedule.CompleteMonthsBetween(completedOn!.Value, leavingDate)} complete months served since completion on {UkFormat.ShortDate(completedOn)}: "
              + $"{UkFormat.Percent(fraction * 100m)} of {FundingRequest.Money(costBasis)} is repayable.";
        return new RepaymentQuote(amount, fraction, Triggered: true, Waived: false, explanation);
    }

    public static string Words(LeavingReason reason) => reason switch
    {
        LeavingReason.None => "no reason",
        LeavingReason.MaternityRelated => "a maternity-related reason",
        LeavingReason.InternalTransfer => "a transfer within the organisation",
        LeavingReason.WithdrawalFromCourse => "withdrawal from the course",
        LeavingReason.FailureToComplete => "failure to complete",
        LeavingReason.IllHealth => "ill health",
        _ => reason.ToString().ToLowerInvariant(),
    };
}
