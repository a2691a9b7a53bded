namespace CpdLog.Web.Features.Funding;

/// <summary>
/// What a learning agreement would make someone repay, for the check-your-answers step before they accept it: one row
/// per period of the schedule, each amount worked out by <see cref="RepaymentCalculator"/> (the figures the leaver
/// statement uses), on the amount asked for, taking the course's end date as the day it is completed.
/// </summary>
public static class AgreementPreview
{
    public static IReadOnlyList<(string When, decimal Amount)> Rows(AgreementTemplate template, FundingRequest request)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(request);
        var cost = request.TotalRequested;
        var completed = request.EndDate;
        decimal Owed(DateOnly leaving, LeavingReason reason) => RepaymentCalculator.Calculate(template, cost, completed, leaving, reason).Amount;

        var rows = new List<(string, decimal)>
        {
            ("If you withdraw from the course or do not complete it", Owed(completed, LeavingReason.WithdrawalFromCourse)),
            ("If you resign before you complete the course", Owed(completed.AddDays(-1), LeavingReason.Resignation)),
        };
        var schedule = template.Schedule;
        var starts = schedule.Kind == RepaymentKind.Linear
            ? Enumerable.Range(0, 4).Select(q => schedule.LinearMonths * q / 4).Distinct().ToList()
            : [0, .. schedule.Tiers.Select(t => t.WithinMonths).Where(m => m < schedule.LengthInMonths)];
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i];
            var until = schedule.Kind == RepaymentKind.Tiered ? schedule.Tiers.First(t => t.WithinMonths > from).WithinMonths : 0;
            var when = schedule.Kind == RepaymentKind.Linear
                ? from == 0 ? "If you resign straight after completing" : $"If you resign {Months(from)} after completing"
                : from == 0 ? $"If you resign within {Months(until)} of completing" : $"If you resign {Months(from)} to {Months(until)} after completing";
            rows.Add((when, Owed(completed.AddMonths(from), LeavingReason.Resignation)));
        }

        rows.Add(($"If you resign {Months(schedule.LengthInMonths)} or more after completing", Owed(completed.AddMonths(schedule.LengthInMonths), LeavingReason.Resignation)));
        return rows;
    }

    private static string Months(int months) => months == 1 ? "1 month" : months.ToString(CultureInfo.InvariantCulture) + " months";
}
