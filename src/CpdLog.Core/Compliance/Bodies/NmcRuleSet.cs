namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// NMC revalidation for nurses, midwives and nursing associates (in force since April 2016). The cycle is the three
/// years ending on the renewal date; the application is due on the 1st of the renewal month.
/// </summary>
public sealed class NmcRuleSet : IBodyRuleSet
{
    // Source: nmc.org.uk/registration/staying-on-the-register/renewing-your-registration — renewal every 3 years.
    public const int CycleMonths = 36;

    // Source: nmc.org.uk/revalidation/requirements/cpd — 35 hours of CPD in the 3 years.
    public const decimal RequiredCpdHours = 35m;

    // Source: nmc.org.uk/revalidation/requirements/cpd — of which at least 20 hours participatory.
    public const decimal RequiredParticipatoryHours = 20m;

    // Source: revalidation.nmc.org.uk/what-you-need-to-do (practice hours) and RCN — 450 hours per registration.
    public const decimal PracticeHoursPerRegistration = 450m;

    // Source: nmc.org.uk/revalidation/requirements/practice-related-feedback — 5 pieces.
    public const int RequiredFeedback = 5;

    // Source: nmc.org.uk/revalidation/requirements/written-reflective-accounts — 5 accounts.
    public const int RequiredReflectiveAccounts = 5;

    // Source: NMC "final year" of the cycle; SW Healthcare "final 12 months" (see professional-bodies.md §1, row 8).
    public const int ConfirmationWindowMonths = 12;

    public const string RegistrationOption = "registration";

    public const string SubmittedOnOption = "submittedOn";

    // The day these corrections were made (docs/requirement-codes.md, "Versions and corrections").
    private static readonly DateOnly Corrected = new(2026, 11, 27);

    private const string CpdSource = "NMC: nmc.org.uk/revalidation/requirements/cpd";
    private const string PracticeSource = "NMC: revalidation.nmc.org.uk/what-you-need-to-do/practice-hours; RCN revalidation";
    private const string FeedbackSource = "NMC: nmc.org.uk/revalidation/requirements/practice-related-feedback";
    private const string ReflectionSource = "NMC: nmc.org.uk/revalidation/requirements/written-reflective-accounts";
    private const string DiscussionSource = "NMC: nmc.org.uk/revalidation/requirements/reflective-discussion";
    private const string ConfirmationSource = "NMC: revalidation.nmc.org.uk/what-you-need-to-do/confirmation";
    private const string DeclarationSource = "NMC: revalidation.nmc.org.uk/what-you-need-to-do (health and character; indemnity)";

    private static readonly string[] RegistrationChoices =
        ["nurse", "midwife", "nursing-associate", "nurse-and-midwife", "nursing-associate-and-nurse"];

    public string Code => "NMC";

    public string Name => "Nursing and Midwifery Council";

    public string Version => "2016-04";

    public string AnchorLabel => "Renewal date (the last day of the month your registration expires)";

    // Source: nmc.org.uk/revalidation/online-application/revalidation-date — the renewal date is the last day of the
    // month the registration expires (e.g. 30 April); the application is due on the 1st of that month.
    public string AnchorHint => "NMC renewal dates are always the last day of a month, for example 30 April 2027. Your NMC Online account shows it.";

    public IReadOnlyList<BodyOption> Options { get; } =
    [
        new(RegistrationOption, "Registration", RegistrationChoices, "nurse",
            "Dual registrations (nurse and midwife, nursing associate and nurse) need 450 practice hours for each: 900 in all."),
        new(SubmittedOnOption, "Date you submitted your revalidation application", [], "",
            "Leave blank until you submit on NMC Online. Only what you did by the day you submit counts; until then, by your application date (the 1st of your renewal month).",
            BodyOptionFormat.Date),
    ];

    public IReadOnlyList<RuleCorrection> Corrections { get; } =
    [
        new("confirmation", Corrected,
            "The final 12 months start the day after the renewal date one year earlier, so a confirmation dated exactly one year before the renewal date no longer counts."),
        new("cpd-hours", Corrected,
            "A cycle starts the day after the previous renewal date, a month end (after 29 February 2024: 1 March 2024); and only what is done by the day you submit your application (or, until then, by your application date) counts."),
        new("participatory-hours", Corrected, "As for CPD hours: cycle start and application date corrected."),
        new("practice-hours", Corrected, "As for CPD hours: cycle start and application date corrected."),
        new("feedback", Corrected, "As for CPD hours: cycle start and application date corrected."),
        new("reflective-accounts", Corrected, "As for CPD hours: cycle start and application date corrected."),
        new("reflective-discussion", Corrected, "As for CPD hours: cycle start and application date corrected."),
        new("health-character", Corrected, "As for CPD hours: cycle start and application date corrected."),
        new("indemnity", Corrected, "As for CPD hours: cycle start and application date corrected."),
    ];

    /// <summary>Records count up to the day the application was submitted, or until then the application date.</summary>
    public DateOnly LastCountingDay(CpdCycle cycle, IReadOnlyDictionary<string, string> options) => EvidenceCloses(cycle, options);

    /// <summary>NMC renewal dates are the last day of a month.</summary>
    public string? CheckAnchor(DateOnly anchor) => anchor == CycleMath.EndOfMonth(anchor)
        ? null
        : $"NMC renewal dates are the last day of a month: enter {CycleMath.EndOfMonth(anchor):yyyy-MM-dd} (check your NMC Online account)";

    /// <summary>
    /// The three years ending on the renewal date. Renewal dates are month ends, so the previous renewal is the last
    /// day of the month three years earlier and the cycle starts the day after it (previous renewal 29 February 2024:
    /// start 1 March 2024). A legacy anchor that is not a month end is read as the end of its month.
    /// </summary>
    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf)
    {
        var period = CycleMath.EndingOnMonthEnd(CycleMath.EndOfMonth(anchor), CycleMonths, asOf);
        return period.ToCycle(new DateOnly(period.End.Year, period.End.Month, 1));
    }

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var cycle = input.BeforeCorrections ? CycleBeforeCorrection(input.AnchorDate, input.AsOf) : GetCycle(input.AnchorDate, input.Options, input.AsOf);
        var window = input.BeforeCorrections ? new Period(cycle.Start, cycle.End) : new Period(cycle.Start, EvidenceCloses(cycle, input.Options));
        var by = Wording.Before(cycle.Deadline, input.AsOf);
        var activities = Evidence.Activities(input, window);

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("cpd-hours", "CPD hours", RequiredCpdHours, activities.Sum(a => a.Hours), "hours",
                n => $"Log {Wording.Count(n, "more CPD hour")}", by, CpdSource),
            Rule.AtLeast("participatory-hours", "Participatory CPD hours", RequiredParticipatoryHours,
                activities.Sum(Evidence.ParticipatoryHours), "hours",
                n => $"Log {Wording.Count(n, "more participatory hour")}", by, CpdSource),
            PracticeHours(input, window, by),
            Rule.AtLeast("feedback", "Practice-related feedback", RequiredFeedback, Evidence.Feedback(input, window).Count, "pieces",
                n => $"Record {Wording.Count(n, "more piece", "more pieces")} of practice-related feedback", by, FeedbackSource),
            Rule.AtLeast("reflective-accounts", "Written reflective accounts", RequiredReflectiveAccounts,
                Evidence.Reflections(input, window).Count, "accounts",
                n => $"Write {Wording.Count(n, "more reflective account")}", by, ReflectionSource),
            ReflectiveDiscussion(input, window, cycle, by),
            Confirmation(input, window, cycle, input.BeforeCorrections),
            Declared(input, window, DeclarationKind.HealthAndCharacter, "health-character", "Health and character declaration",
                $"Make your health and character declaration {by}.", static _ => true, ""),
            Declared(input, window, DeclarationKind.Indemnity, "indemnity", "Professional indemnity declaration",
                $"Declare your professional indemnity arrangement {by}.",
                static d => d.IndemnityThroughEmployer || !string.IsNullOrWhiteSpace(d.IndemnityProvider),
                $"Add the name of your indemnity provider (cover is not through your employer) {by}."),
        };

        // Status scale: every item is due by the day evidence closes (the submission date once recorded, else the
        // application date); the confirmation cannot be done before the final 12 months ("not-due" until then).
        var due = input.BeforeCorrections ? cycle.Deadline : window.End;
        var opens = ConfirmationOpens(cycle, input.BeforeCorrections);
        requirements = requirements
            .Select(r => r with { DueBy = due, OpensOn = r.Code == "confirmation" ? opens : null })
            .ToList();
        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }

    /// <summary>
    /// For a dual registration each registration's hours are capped at 450 before summing, so 900 hours as a nurse
    /// and none as a midwife scores 450 of 900. For a single registration every entry counts, whatever its label.
    /// </summary>
    private static RequirementResult PracticeHours(ComplianceInput input, Period window, string by)
    {
        var registrations = Registrations(OptionReader.OneOf(input.Options, RegistrationOption, RegistrationChoices, "nurse"));
        var entries = Evidence.PracticeHours(input, window);
        var required = PracticeHoursPerRegistration * registrations.Count;

        if (registrations.Count == 1)
        {
            return Rule.AtLeast("practice-hours", "Practice hours", required, entries.Sum(e => e.Hours), "hours",
                n => $"Log {Wording.Count(n, "more practice hour")}", by, PracticeSource);
        }

        var perRegistration = registrations.ToDictionary(r => r, r => entries.Where(e => Kind(e.RegistrationType) == r).Sum(e => e.Hours));
        var achieved = perRegistration.Values.Sum(h => Math.Min(h, PracticeHoursPerRegistration));
        var shortfalls = perRegistration
            .Where(p => p.Value < PracticeHoursPerRegistration)
            .Select(p => $"{Wording.Count(PracticeHoursPerRegistration - p.Value, "more hour")} as a {Label(p.Key)}");
        return Rule.Judged("practice-hours", "Practice hours", required, achieved, "hours", achieved >= required,
            $"Log {string.Join(" and ", shortfalls)} {by}.", PracticeSource);
    }

    private static RequirementResult ReflectiveDiscussion(ComplianceInput input, Period window, CpdCycle cycle, string by)
    {
        var discussions = Evidence.Discussions(input, window);
        var withPin = discussions.Where(d => !string.IsNullOrWhiteSpace(d.PartnerNmcPin)).ToList();
        if (withPin.Count == 0)
        {
            var next = discussions.Count > 0
                ? $"Add your partner's NMC Pin to the reflective discussion of {Wording.Date(discussions.Max(d => d.Date))} {by}."
                : $"Hold a reflective discussion with another NMC registrant and record their NMC Pin {by}.";
            return Rule.Judged("reflective-discussion", "Reflective discussion", 1, 0, "discussion", false, next, DiscussionSource);
        }

        // A confirmer who is not an NMC registrant cannot combine the two discussions, so the reflective
        // discussion must already have happened when they confirm.
        var confirmations = ConfirmationsInWindow(input, window, cycle, input.BeforeCorrections);
        var orderOk = confirmations.Count == 0 ||
            confirmations.Any(c => c.ConfirmerIsNmcRegistrant || withPin.Any(d => d.Date <= c.Date));
        var latest = confirmations.Count == 0 ? null : confirmations.MaxBy(c => c.Date);
        var reorder = latest is null ? "" :
            $"Your confirmer is not an NMC registrant, so hold the reflective discussion on or before the confirmation " +
            $"({Wording.Date(latest.Date)}); then repeat the confirmation {by}.";
        // Held in the wrong order: a fault to put right now (at risk), not an amount that grows with time.
        return Rule.Judged("reflective-discussion", "Reflective discussion", 1, orderOk ? 1 : 0, "discussion", orderOk, reorder, DiscussionSource)
            with { Measure = orderOk ? RequirementMeasure.Auto : RequirementMeasure.Fault };
    }

    private static RequirementResult Confirmation(ComplianceInput input, Period window, CpdCycle cycle, bool beforeCorrection)
    {
        var opens = ConfirmationOpens(cycle, beforeCorrection);
        var inWindow = ConfirmationsInWindow(input, window, cycle, beforeCorrection);
        var early = Evidence.Confirmations(input, window).Where(c => c.Date < opens).ToList();
        var between = $"between {Wording.Date(opens)} and {Wording.Date(cycle.Deadline)}";
        var next = early.Count > 0
            ? $"Your confirmation of {Wording.Date(early.Max(c => c.Date))} is before the final 12 months; meet your confirmer again {between}."
            : input.AsOf <= cycle.Deadline
                ? $"Meet your confirmer {between}."
                : $"Meet your confirmer as soon as possible (the deadline, {Wording.Date(cycle.Deadline)}, has passed).";
        return Rule.Judged("confirmation", "Confirmation in the final 12 months", 1, inWindow.Count > 0 ? 1 : 0, "confirmation",
            inWindow.Count > 0, next, ConfirmationSource);
    }

    private static RequirementResult Declared(
        ComplianceInput input,
        Period window,
        DeclarationKind kind,
        string code,
        string title,
        string missing,
        Func<Declaration, bool> complete,
        string incomplete)
    {
        var declarations = Evidence.Declarations(input, window, kind);
        var ok = declarations.Any(complete);
        return Rule.Judged(code, title, 1, ok ? 1 : 0, "declaration", ok, declarations.Count > 0 ? incomplete : missing, DeclarationSource);
    }

    /// <summary>
    /// The first day of the final year: the day after the renewal date one year earlier (a month end), so for a
    /// renewal on 30 April 2027 the final year is 1 May 2026 to 30 April 2027, and a confirmation on 30 April 2026 is
    /// one day too early. Source: NMC "How to revalidate" — confirmation "in the final year" of the three-year period.
    /// Before the 2026-11-27 correction the day exactly 12 months before the renewal date was counted too.
    /// </summary>
    internal static DateOnly ConfirmationOpens(CpdCycle cycle, bool beforeCorrection = false) => beforeCorrection
        ? cycle.End.AddMonths(-ConfirmationWindowMonths)
        : CycleMath.EndOfMonth(cycle.End.AddMonths(-ConfirmationWindowMonths)).AddDays(1);

    /// <summary>
    /// The last day on which records count: the day the application was submitted when recorded (within the cycle),
    /// else the application date (the 1st of the renewal month). Source: nmc.org.uk/revalidation/online-application/
    /// revalidation-date — "You will need to meet the requirements of revalidation before you can make your
    /// revalidation application", and the application is due on the first day of the month the registration expires.
    /// </summary>
    internal static DateOnly EvidenceCloses(CpdCycle cycle, IReadOnlyDictionary<string, string> options) =>
        OptionReader.Date(options, SubmittedOnOption) is { } submitted && submitted >= cycle.Start
            ? (submitted < cycle.End ? submitted : cycle.End)
            : cycle.Deadline;

    /// <summary>The cycle as computed before the 2026-11-27 correction (anniversaries of the anchor, not month ends).</summary>
    private static CpdCycle CycleBeforeCorrection(DateOnly anchor, DateOnly asOf)
    {
        var period = CycleMath.EndingOnAnniversary(anchor, CycleMonths, asOf);
        return period.ToCycle(new DateOnly(period.End.Year, period.End.Month, 1));
    }

    private static List<Confirmation> ConfirmationsInWindow(ComplianceInput input, Period window, CpdCycle cycle, bool beforeCorrection)
    {
        var opens = ConfirmationOpens(cycle, beforeCorrection);
        return Evidence.Confirmations(input, window).Where(c => c.Date >= opens).ToList();
    }

    private static List<NmcRegistration> Registrations(string option) => option switch
    {
        "midwife" => [NmcRegistration.Midwife],
        "nursing-associate" => [NmcRegistration.NursingAssociate],
        "nurse-and-midwife" => [NmcRegistration.Nurse, NmcRegistration.Midwife],
        "nursing-associate-and-nurse" => [NmcRegistration.NursingAssociate, NmcRegistration.Nurse],
        _ => [NmcRegistration.Nurse],
    };

    /// <summary>Maps the free-text practice-hours label ("Nursing associate", "Nurse/SCPHN") to a registration.</summary>
    private static NmcRegistration? Kind(string label)
    {
        var text = label.ToLowerInvariant();
        return text.Contains("associate", StringComparison.Ordinal) ? NmcRegistration.NursingAssociate
            : text.Contains("midwife", StringComparison.Ordinal) ? NmcRegistration.Midwife
            : text.Contains("nurse", StringComparison.Ordinal) ? NmcRegistration.Nurse
            : null;
    }

    private static string Label(NmcRegistration registration) => registration switch
    {
        NmcRegistration.Midwife => "midwife",
        NmcRegistration.NursingAssociate => "nursing associate",
        _ => "nurse",
    };

    private enum NmcRegistration
    {
        Nurse,
        Midwife,
        NursingAssociate,
    }
}
