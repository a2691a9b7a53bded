namespace CpdLog.Web.Features.Activities;

using AutoMapper;

/// <summary>Add and Edit of a CPD activity; after saving, the Details page (where evidence is attached).</summary>
public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock)
    : RecordFormPageModel<CpdActivity, ActivityInput>(db, mapper, clock)
{
    public static IReadOnlyList<SelectListItem> Methods { get; } =
        [.. Enum.GetValues<CpdMethod>().Select(m => new SelectListItem(RecordFormat.Method(m), m.ToString()))];

    /// <summary>Tags chosen by a "what to do next" link (<c>?tags=quality-improvement</c>).</summary>
    [FromQuery(Name = "tags")]
    public string? PresetTags { get; set; }

    protected override ActivityInput Blank(DateOnly today) => new()
    {
        Tags = string.IsNullOrWhiteSpace(PresetTags) ? null : ActivityInput.NormaliseTags(PresetTags),
        StartDate = today,
        EndDate = today,
        Status = ActivityStatus.Completed,
        Method = CpdMethod.CourseAttendance,
        ActivityType = Core.Records.ActivityType.FormalEducational,
    };
}
