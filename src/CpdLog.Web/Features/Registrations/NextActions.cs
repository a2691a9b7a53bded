namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance.Bodies;

/// <summary>
/// Turns a requirement's next step into a link to the form that does it, with the registration preselected
/// (<c>?registration=</c>: after saving, the form returns to the registration's page) and the form's choices filled in
/// where the requirement says which (declaration kind, feedback source, NMC registration, activity tag).
/// </summary>
public static class NextActions
{
    /// <summary>
    /// The unmet requirements' actions: required ones first, then advisory, each in the rule set's order. Items that
    /// cannot be done yet (<c>not-due</c>, e.g. the NMC confirmation before the final year) are not next steps.
    /// </summary>
    public static IReadOnlyList<NextAction> For(ProfessionalRegistration registration, ComplianceResult result, ComplianceInput? records = null) =>
        result.Requirements
            .Where(r => !r.Met && result.StatusOf(r) != ComplianceStatus.NotDue)
            .OrderBy(r => r.Severity)
            .Select(r => For(registration, r, result.Cycle, records))
            .ToList();

    /// <summary>The first <paramref name="count"/> of <see cref="For(ProfessionalRegistration, ComplianceResult, ComplianceInput?)"/>.</summary>
    public static IReadOnlyList<NextAction> Top(ProfessionalRegistration registration, ComplianceResult result, ComplianceInput? records = null, int count = 3) =>
        For(registration, result, records).Take(count).ToList();

    public static NextAction For(ProfessionalRegistration registration, RequirementResult requirement, CpdCycle cycle, ComplianceInput? records = null)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(requirement);
        var reg = registration.Id.ToString();
        (string Page, Dictionary<string, string> Route, string Text) link = requirement.Code switch
        {
            "practice-hours" => ("/Records/PracticeHours/Add", PracticeType(registration, reg), "Add practice hours"),
            "feedback" => ("/Records/Feedback/Add", new() { ["registration"] = reg }, "Add feedback"),
            "colleague-feedback" => ("/Records/Feedback/Add", new() { ["registration"] = reg, ["source"] = FeedbackSource.Colleague.ToString() }, "Add feedback from a colleague"),
            "patient-feedback" => ("/Records/Feedback/Add", new() { ["registration"] = reg, ["source"] = FeedbackSource.Patient.ToString() }, "Add feedback from a patient"),
            "complaints-compliments" => ("/Records/Feedback/Add", new() { ["registration"] = reg, ["source"] = FeedbackSource.ComplaintOrCompliment.ToString() }, "Add a review of complaints and compliments"),
            "annual-appraisal" or "past-appraisals" => ("/Records/Feedback/Add", new() { ["registration"] = reg, ["source"] = FeedbackSource.Appraisal.ToString() }, "Add your appraisal"),
            "reflective-accounts" or "reflections" or "reflection" or "reflective-record" or "cpd-cycle" or "cpd-record"
                => ("/Records/Reflections/Add", new() { ["registration"] = reg }, "Add a reflective account"),
            "reflective-discussion" => Discussion(cycle, records, reg),
            "confirmation" => ("/Records/Confirmations/Add", new() { ["registration"] = reg }, "Add a confirmation"),
            "health-character" => ("/Records/Declarations/Add", new() { ["registration"] = reg, ["kind"] = DeclarationKind.HealthAndCharacter.ToString() }, "Add a health and character declaration"),
            "indemnity" => Indemnity(cycle, records, reg),
            "continuous-record" => ("/Records/GapExplanations/Add", new() { ["registration"] = reg }, "Explain a gap"),
            "quality-improvement" => ("/Activities/Add", new() { ["registration"] = reg, ["tags"] = "quality-improvement" }, "Add a quality improvement activity"),
            "significant-events" => ("/Activities/Add", new() { ["registration"] = reg, ["tags"] = "significant-event" }, "Add a significant event"),
            _ => ("/Activities/Add", new() { ["registration"] = reg }, "Add a CPD activity"),
        };
        return new NextAction(requirement.Code, requirement.NextStep, link.Page, link.Route, link.Text);
    }

    /// <summary>The registration, and an NMC registrant's practice-hours type when the registration is a single one.</summary>
    private static Dictionary<string, string> PracticeType(ProfessionalRegistration registration, string reg)
    {
        var route = new Dictionary<string, string> { ["registration"] = reg };
        if (string.Equals(registration.BodyCode, "NMC", StringComparison.OrdinalIgnoreCase)
            && registration.Options.TryGetValue(NmcRuleSet.RegistrationOption, out var option)
            && option switch { "midwife" => "Midwife", "nursing-associate" => "Nursing associate", _ => null } is { } type)
        {
            route["type"] = type;
        }

        return route;
    }

    /// <summary>A discussion recorded without the partner's Pin is completed by changing it; otherwise a new one is added.</summary>
    private static (string, Dictionary<string, string>, string) Discussion(CpdCycle cycle, ComplianceInput? records, string reg)
    {
        var withoutPin = records?.Discussions
            .Where(d => !d.IsDeleted && cycle.Contains(d.Date) && string.IsNullOrWhiteSpace(d.PartnerNmcPin))
            .MaxBy(d => d.Date);
        return withoutPin is not null && !records!.Discussions.Any(d => !d.IsDeleted && cycle.Contains(d.Date) && !string.IsNullOrWhiteSpace(d.PartnerNmcPin))
            ? ("/Records/Discussions/Edit", new() { ["id"] = withoutPin.Id.ToString(), ["registration"] = reg }, "Add your partner's NMC Pin")
            : ("/Records/Discussions/Add", new() { ["registration"] = reg }, "Add a reflective discussion");
    }

    /// <summary>An indemnity declaration that names no provider (and is not through the employer) is completed by changing it.</summary>
    private static (string, Dictionary<string, string>, string) Indemnity(CpdCycle cycle, ComplianceInput? records, string reg)
    {
        var incomplete = records?.Declarations
            .Where(d => !d.IsDeleted && d.Kind == DeclarationKind.Indemnity && cycle.Contains(d.Date))
            .MaxBy(d => d.Date);
        return incomplete is not null
            ? ("/Records/Declarations/Edit", new() { ["id"] = incomplete.Id.ToString(), ["registration"] = reg }, "Change your indemnity declaration")
            : ("/Records/Declarations/Add", new() { ["registration"] = reg, ["kind"] = DeclarationKind.Indemnity.ToString() }, "Add an indemnity declaration");
    }
}
