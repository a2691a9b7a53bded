namespace CpdLog.Web.Features.Activities;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

/// <summary>The CPD log: the user's activities, filtered by date range, with totals.</summary>
public sealed class IndexModel(CpdLogDbContext db, IMapper mapper) : RecordIndexPageModel<CpdActivity, ActivityDto>(db, mapper)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Totals count completed activities only: planned learning has not happened yet.</summary>
    public decimal TotalHours => Items.Where(a => a.Status == ActivityStatus.Completed).Sum(a => a.Hours);

    public decimal TotalParticipatoryHours => Items.Where(a => a.Status == ActivityStatus.Completed).Sum(a => a.ParticipatoryHours);

    public bool IsFiltered => From is not null || To is not null;

    protected override RecordType<CpdActivity> Type => RecordTypes.Activities;

    public override Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ReplaceFilterBindingErrors();
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The ‘to’ date must be the same as or after the ‘from’ date");
            To = null;
        }

        return base.OnGetAsync(ct);
    }

    /// <summary>An activity is in the range when it ended inside it (the date that places it in a cycle).</summary>
    protected override IQueryable<CpdActivity> Filter(IQueryable<CpdActivity> records)
    {
        if (From is { } from)
        {
            records = records.Where(a => a.EndDate >= from);
        }

        if (To is { } to)
        {
            records = records.Where(a => a.EndDate <= to);
        }

        return records;
    }

    private void ReplaceFilterBindingErrors()
    {
        foreach (var (_, entry) in ModelState)
        {
            if (entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                entry.Errors.Add("Enter a real date");
            }
        }
    }
}

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock)
    : RecordFormPageModel<CpdActivity, ActivityInput>(db, mapper, clock)
{
    public static IReadOnlyList<SelectListItem> Methods { get; } =
        [.. Enum.GetValues<CpdMethod>().Select(m => new SelectListItem(RecordFormat.Method(m), m.ToString()))];

    protected override RecordType<CpdActivity> Type => RecordTypes.Activities;

    /// <summary>Evidence is on the Details page.</summary>
    protected override bool ShowsEvidence => false;

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

    /// <summary>After saving, the details page: where evidence is attached.</summary>
    protected override string AfterSave(CpdActivity record) => $"/Activities/Details/{record.Id}";
}

public sealed class DeleteModel(CpdLogDbContext db, TimeProvider clock) : RecordDeletePageModel<CpdActivity>(db, clock)
{
    protected override RecordType<CpdActivity> Type => RecordTypes.Activities;

    protected override string CancelPath(CpdActivity record) => $"/Activities/Details/{record.Id}";
}
