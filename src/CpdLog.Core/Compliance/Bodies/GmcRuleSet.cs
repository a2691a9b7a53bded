namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// GMC revalidation for doctors: a 5-year cycle ending on the revalidation date, with annual appraisal years
/// counted from the cycle start. The GMC sets no hours; the AoMRC credit targets are advisory.
/// </summary>
/// <remarks>
/// Supporting information is recognised from activity tags (comma-separated, case-insensitive) and feedback sources:
/// quality improvement = tag "quality-improvement", "qi" or "audit"; significant events = tag "significant-event(s)";
/// colleague feedback = feedback from a colleague or manager, or tag "colleague-feedback"; patient feedback = feedback
/// from a patient, or tag "patient-feedback"; complaints and compliments = feedback of that source, or tag
/// "complaint", "compliment" or "complaints-compliments". An appraisal = an activity tagged "appraisal", or feedback
/// whose source is an appraisal, dated in that appraisal year: one is needed in the current appraisal year, and each
/// earlier appraisal year of the cycle (up to today) should have had one.
/// </remarks>
public sealed class GmcRuleSet : IBodyRuleSet
{
    // Source: gmc-uk.org "Guidance for doctors: requirements for revalidation" — normally every 5 years.
    public const int CycleMonths = 60;

    // Source: RCoA news on the AoMRC Core Principles for CPD (2 Nov 2016) — 50 credits a year (advisory, RCGP).
    public const decimal AdvisoryAnnualCredits = 50m;

    // Source: RCoA news on the AoMRC Core Principles for CPD (2 Nov 2016) — 250 credits over 5 years (advisory).
    public const decimal AdvisoryCycleCredits = 250m;

    public const string PatientFacingOption = "patientFacing";

    private const string CreditSource = "AoMRC Core Principles for CPD (2016), via RCoA; a recommendation, not a GMC rule (RCGP)";
    private const string SupportingSource = "GMC: Guidance for doctors: requirements for revalidation (six types of supporting information)";
    private const string AppraisalSource = "GMC: Guidance for doctors: requirements for revalidation (an annual whole-practice appraisal)";

    public string Code => "GMC";

    public string Name => "General Medical Council";

    public string Version => "2016-11";

    public string AnchorLabel => "Revalidation date";

    public IReadOnlyList<BodyOption> Options { get; } =
    [
        new(PatientFacingOption, "Patient-facing work", ["true", "false"], "true",
            "Feedback from patients is needed only where your work involves patients."),
    ];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.EndingOnAnniversary(anchor, CycleMonths, asOf).ToCycle();

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var (cycle, window, by) = JudgedCycle.Of(this, input);
        var activities = Evidence.Activities(input, window);
        var feedback = Evidence.Feedback(input, window);
        var year = AppraisalYear(cycle, input.AsOf);
        var yearCredits = Evidence.Activities(input, year).Sum(a => a.Hours);
        var patientFacing = OptionReader.Bool(input.Options, PatientFacingOption, true);

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("annual-credits", $"CPD credits this appraisal year ({Wording.Date(year.Start)} to {Wording.Date(year.End)})",
                AdvisoryAnnualCredits, yearCredits, "credits",
                n => $"Consider logging {Wording.Count(n, "more credit")}", Wording.Before(year.End, input.AsOf), CreditSource,
                RequirementSeverity.Advisory) with { OpensOn = year.Start, DueBy = year.End },
            Rule.AtLeast("cycle-credits", "CPD credits over the 5-year cycle", AdvisoryCycleCredits, activities.Sum(a => a.Hours), "credits",
                n => $"Consider logging {Wording.Count(n, "more credit")}", by, CreditSource, RequirementSeverity.Advisory),
            Present("cpd", "Supporting information: CPD", activities.Count, "Log a CPD activity and reflect on it", by),
            Present("quality-improvement", "Supporting information: quality improvement activity",
                activities.Count(a => Evidence.HasTag(a, "quality-improvement", "qi", "audit")),
                "Log a quality improvement activity (tag it \"quality-improvement\")", by),
            Present("significant-events", "Supporting information: significant events",
                activities.Count(a => Evidence.HasTag(a, "significant-event", "significant-events")),
                "Record a significant event you reflected on (tag it \"significant-event\")", by),
            Present("colleague-feedback", "Supporting information: feedback from colleagues",
                feedback.Count(f => f.Source is FeedbackSource.Colleague or FeedbackSource.Manager) +
                activities.Count(a => Evidence.HasTag(a, "colleague-feedback")),
                "Record feedback from colleagues (e.g. your multi-source feedback)", by),
            patientFacing
                ? Present("patient-feedback", "Supporting information: feedback from patients",
                    feedback.Count(f => f.Source == FeedbackSource.Patient) + activities.Count(a => Evidence.HasTag(a, "patient-feedback")),
                    "Record feedback from patients", by)
                : new RequirementResult("patient-feedback", "Supporting information: feedback from patients (not applicable)", 0, 0,
                    "items", true, RequirementSeverity.Required, "Not needed: your registration says your work is not patient-facing.",
                    SupportingSource),
            Present("complaints-compliments", "Supporting information: review of complaints and compliments",
                feedback.Count(f => f.Source == FeedbackSource.ComplaintOrCompliment) +
                activities.Count(a => Evidence.HasTag(a, "complaint", "compliment", "complaints-compliments")),
                "Record a review of complaints and compliments", by),
        };

        requirements.AddRange(Appraisals(input, cycle, year));
        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }

    /// <summary>
    /// The current appraisal year's appraisal, and the earlier appraisal years of the cycle that have ended (only when
    /// there are any): each should have had one.
    /// </summary>
    private static IEnumerable<RequirementResult> Appraisals(ComplianceInput input, CpdCycle cycle, Period current)
    {
        int Count(Period p) =>
            Evidence.Activities(input, p).Count(a => Evidence.HasTag(a, "appraisal")) +
            Evidence.Feedback(input, p).Count(f => f.Source == FeedbackSource.Appraisal);

        yield return Rule.AtLeast("annual-appraisal", $"Appraisal this appraisal year ({Wording.Date(current.Start)} to {Wording.Date(current.End)})",
            1, Count(current), "appraisals",
            _ => "Record your appraisal (an activity tagged \"appraisal\", or the appraisal's feedback)", Wording.Before(current.End, input.AsOf),
            AppraisalSource) with { OpensOn = current.Start, DueBy = current.End };

        var earlier = new List<Period>();
        for (var y = CycleMath.StartingOnAnniversary(cycle.Start, 12, cycle.Start); y.Start < current.Start; y = CycleMath.StartingOnAnniversary(cycle.Start, 12, y.End.AddDays(1)))
        {
            earlier.Add(y);
        }

        if (earlier.Count > 0)
        {
            var missing = earlier.Where(p => Count(p) == 0).ToList();
            yield return Rule.Judged(
                "past-appraisals", "Appraisals in the earlier appraisal years of this cycle", earlier.Count, earlier.Count - missing.Count,
                "years", missing.Count == 0,
                "No appraisal recorded for " + string.Join("; ", missing.Select(p => $"{Wording.Date(p.Start)} to {Wording.Date(p.End)}"))
                    + ". Record it if it took place; if it was missed or postponed, tell your responsible officer.",
                AppraisalSource) with { DueBy = earlier[^1].End }; // those appraisal years are over
        }
    }

    /// <summary>Appraisal years run in 12-month steps from the cycle start; the last one ends on the revalidation date.</summary>
    private static Period AppraisalYear(CpdCycle cycle, DateOnly asOf)
    {
        var on = asOf < cycle.Start ? cycle.Start : asOf > cycle.End ? cycle.End : asOf;
        var year = CycleMath.StartingOnAnniversary(cycle.Start, 12, on);
        return year.End > cycle.End ? year with { End = cycle.End } : year;
    }

    private static RequirementResult Present(string code, string title, int count, string todo, string by) =>
        Rule.AtLeast(code, title, 1, count, "items", _ => todo, by, SupportingSource);
}
