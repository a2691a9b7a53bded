namespace CpdLog.Core.Compliance;

/// <summary>
/// Templates for the bodies NHS managers hold that publish no CPD amount (decision table in docs/requirement-codes.md,
/// "Bodies without published amounts"). Each asks for a yearly (BCS: five-yearly) record with reflection, which
/// every one of these bodies describes as what CPD is, and nothing the body does not ask for.
/// </summary>
public static class BodyTemplates
{
    public static IReadOnlyList<BodyTemplate> All { get; } =
    [
        new("IHM", "X-IHM", "Institute of Healthcare Management", 12, AnchorKind.CycleStart, 1, null,
            "IHM supports members' personal and professional development but states no CPD hours or period (ihm.org.uk)."),
        new("FEDIP", "X-FEDIP", "Federation for Informatics Professionals in Health and Care", 12, AnchorKind.CycleStart, 1, 2,
            "FEDIP's Charter commits to promoting personal commitment to CPD; registration is awarded through its member bodies (BCS, AphA, IHRIM, CILIP) and no CPD amount is stated (fedip.org/post/charter-launch)."),
        new("BCS", "X-BCS", "BCS, The Chartered Institute for IT", 60, AnchorKind.RenewalDate, 1, null,
            "CPD is a Code of Conduct duty (reflect, plan, execute, update) with no hours (bcs.org CPD page); CITP's Certificate of Current Competence lasts 5 years and revalidation asks for examples of CPD activities (BCS customer service, How do I revalidate my CITP). Anchor: your revalidation date."),
        new("APHA", "X-APHA", "Association of Professional Healthcare Analysts", 12, AnchorKind.CycleStart, 1, null,
            "AphA professional registration is assessed on a portfolio; no CPD amount or period is published (aphanalysts.org/membership/professional-registration)."),
        new("ILM", "X-ILM", "Institute of Leadership (ILM)", 12, AnchorKind.CycleStart, 1, null,
            "ILM offers members development resources but states no CPD hours or period for membership."),
    ];

    /// <summary>The template with this key (case-insensitive), or null.</summary>
    public static BodyTemplate? Find(string key) =>
        All.FirstOrDefault(t => string.Equals(t.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
