namespace CpdLog.Web.Features.Records.PracticeHours;

using AutoMapper;

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<PracticeHoursEntry, PracticeHoursInput>(db, mapper, clock)
{
    /// <summary>The NMC registration chosen by a "what to do next" link (<c>?type=Midwife</c>); anything else leaves "Nurse".</summary>
    [FromQuery(Name = "type")]
    public string? PresetType { get; set; }

    protected override PracticeHoursInput Blank(DateOnly today) => new()
    {
        EndDate = today,
        RegistrationType = NmcPracticeVocabulary.RegistrationTypes.FirstOrDefault(t => string.Equals(t, PresetType, StringComparison.OrdinalIgnoreCase)) ?? "Nurse",
    };

    public static IReadOnlyList<SelectListItem> WorkSettings { get; } = Choices(NmcPracticeVocabulary.WorkSettings, "Select a work setting");

    public static IReadOnlyList<SelectListItem> Scopes { get; } = Choices(NmcPracticeVocabulary.ScopesOfPractice, "Select a scope of practice");

    public static IReadOnlyList<SelectListItem> Registrations { get; } = Choices(NmcPracticeVocabulary.RegistrationTypes, null);

    private static List<SelectListItem> Choices(IReadOnlyList<string> values, string? prompt)
        => [.. prompt is null ? [] : new[] { new SelectListItem(prompt, "") }, .. values.Select(v => new SelectListItem(v, v))];
}
