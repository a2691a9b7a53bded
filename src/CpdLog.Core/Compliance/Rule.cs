namespace CpdLog.Core.Compliance;

/// <summary>Builds <see cref="RequirementResult"/>s so every rule set words and judges thresholds the same way.</summary>
internal static class Rule
{
    /// <summary>
    /// A "reach at least N" requirement. <paramref name="todo"/> turns the shortfall into the start of an instruction
    /// ("Log 3.5 more participatory hours"); <paramref name="when"/> finishes it ("before 1 March 2027").
    /// </summary>
    public static RequirementResult AtLeast(
        string code,
        string title,
        decimal required,
        decimal achieved,
        string unit,
        Func<decimal, string> todo,
        string when,
        string source,
        RequirementSeverity severity = RequirementSeverity.Required)
    {
        var met = achieved >= required;
        var next = met ? Wording.Done : $"{todo(required - achieved)} {when}.";
        return new RequirementResult(code, title, required, achieved, unit, met, severity, next, source);
    }

    /// <summary>A requirement judged elsewhere (ordering, windows, gaps) with a hand-written next step.</summary>
    public static RequirementResult Judged(
        string code,
        string title,
        decimal required,
        decimal achieved,
        string unit,
        bool met,
        string nextStepIfNotMet,
        string source,
        RequirementSeverity severity = RequirementSeverity.Required) =>
        new(code, title, required, achieved, unit, met, severity, met ? Wording.Done : nextStepIfNotMet, source);
}
