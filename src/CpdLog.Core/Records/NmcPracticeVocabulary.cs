namespace CpdLog.Core.Records;

/// <summary>
/// The enumerated lists of the NMC practice hours log template (work setting, scope of practice, registration).
/// Source: NMC revalidation forms and templates, practice hours log (as mirrored by nursingrevalidation.co.uk).
/// </summary>
public static class NmcPracticeVocabulary
{
    public static readonly IReadOnlyList<string> WorkSettings =
    [
        "Ambulance service",
        "Care home sector",
        "Community setting",
        "Consultancy",
        "Cosmetic or aesthetic sector",
        "Governing body or other leadership",
        "GP practice or other primary care",
        "Hospital or other secondary care",
        "Inspectorate or regulator",
        "Insurance or legal",
        "Maternity unit or birth centre",
        "Military",
        "Occupational health",
        "Police",
        "Policy organisation",
        "Prison",
        "Private domestic setting",
        "Public health organisation",
        "School",
        "Specialist or other tertiary care including hospice",
        "Telephone or e-health advice",
        "Trade union or professional body",
        "University or other research facility",
        "Voluntary or charity sector",
        "Other",
    ];

    public static readonly IReadOnlyList<string> ScopesOfPractice =
    [
        "Commissioning",
        "Consultancy",
        "Education",
        "Management",
        "Policy",
        "Direct patient care",
        "Quality assurance or inspection",
    ];

    public static readonly IReadOnlyList<string> RegistrationTypes = ["Nurse", "Midwife", "Nursing associate"];
}
