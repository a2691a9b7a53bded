namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>
/// "Log as CPD" for a passed module (<c>/Records/Qualifications/LogCpd/{id}/{moduleId}</c>): confirm the hours (prefilled
/// from the credits), then one completed CPD activity is made and shown. A module already logged goes to its activity.
/// </summary>
public sealed class LogCpdModel(CpdLogDbContext db, TimeProvider clock) : PageModel
{
    public Qualification Qualification { get; private set; } = default!;

    public QualificationModule Module { get; private set; } = default!;

    /// <summary>The activity's date (module end date or latest exam sitting); null when the module has neither.</summary>
    public DateOnly? Date { get; private set; }

    [BindProperty]
    public decimal? Hours { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid moduleId, CancellationToken ct)
    {
        if (await LoadAsync(id, moduleId, ct) is { } elsewhere)
        {
            return elsewhere;
        }

        Hours = ModuleCpdLog.SuggestedHours(Module);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid moduleId, CancellationToken ct)
    {
        if (await LoadAsync(id, moduleId, ct) is { } elsewhere)
        {
            return elsewhere;
        }

        if (Date is null)
        {
            return Page();
        }

        if (ModelState[nameof(Hours)] is { Errors.Count: > 0 } typed)
        {
            typed.Errors.Clear();
            typed.Errors.Add("Enter the hours as a number, like 7.5");
            return Page();
        }

        var activity = ModuleCpdLog.NewActivity(User.UserId(), Qualification, Module, Hours ?? 0m, clock.GetUtcNow());
        foreach (var error in RecordValidation.Activity(activity, clock.UkToday()))
        {
            ModelState.AddModelError(error.Field == nameof(CpdActivity.Hours) ? nameof(Hours) : "", error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (activityId, created) = await ModuleCpdLog.SaveAsync(db, Module, activity, ct);
        if (activityId is null)
        {
            return NotFound();
        }

        TempData["Success"] = created ? $"Logged as CPD: {activity.Title}" : "This module is already in your CPD log.";
        return RedirectToPage(RecordTypes.Activities.RecordPage, new { id = activityId.Value });
    }

    /// <summary>Null when the page can show; a 404 for anything not the user's; the activity when already logged; the qualification when not passed.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, Guid moduleId, CancellationToken ct)
    {
        var qualification = await RecordTypes.Qualifications.FindAsync(db, User.UserId(), id, ct);
        var module = qualification?.Modules.SingleOrDefault(m => m.Id == moduleId);
        if (qualification is null || module is null)
        {
            return NotFound();
        }

        if (module.CpdActivityId is { } logged)
        {
            TempData["Success"] = "This module is already in your CPD log.";
            return RedirectToPage(RecordTypes.Activities.RecordPage, new { id = logged });
        }

        if (!module.IsPassed)
        {
            TempData["Error"] = "Only a module you have passed can be logged as CPD. Record its result first.";
            return RedirectToPage(RecordTypes.Qualifications.RecordPage, new { id });
        }

        Qualification = qualification;
        Module = module;
        Date = ModuleCpdLog.DateOf(module);
        return null;
    }
}
