namespace CpdLog.Core.Funding;

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
