namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// Where most rule sets start a judgement: the body's cycle on the input's date, the window of records that count
/// (the whole cycle) and the "by …" wording of the cycle's deadline.
/// </summary>
internal readonly record struct JudgedCycle(CpdCycle Cycle, Period Window, string By)
{
    public static JudgedCycle Of(IBodyRuleSet body, ComplianceInput input)
    {
        var cycle = body.GetCycle(input.AnchorDate, input.Options, input.AsOf);
        return new JudgedCycle(cycle, new Period(cycle.Start, cycle.End), Wording.Before(cycle.Deadline, input.AsOf));
    }
}
