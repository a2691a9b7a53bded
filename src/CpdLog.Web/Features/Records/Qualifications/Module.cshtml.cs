namespace CpdLog.Web.Features.Records.Qualifications;

using AutoMapper;

/// <summary>
/// Add a module or unit to one of the user's qualifications, or change one (<c>/Records/Qualifications/Module/{id}/{moduleId?}</c>).
/// Every error at once in the NHS error summary; another user's qualification or module is a 404.
/// </summary>
public sealed class ModuleModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : PageModel
{
    [BindProperty]
    public QualificationModuleInput Module { get; set; } = new();

    public Qualification Qualification { get; private set; } = default!;

    public bool IsEdit { get; private set; }

    public string Title => IsEdit ? "Change a module" : "Add a module or unit";

    public static IReadOnlyList<SelectListItem> ResultChoices { get; } =
        [.. Enum.GetValues<ModuleResult>().Select(r => new SelectListItem(DisplayNames.Of(r), r.ToString()))];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? moduleId, CancellationToken ct)
    {
        if (await LoadAsync(id, moduleId, ct) is { } missing)
        {
            return missing;
        }

        Module = moduleId is { } existing
            ? mapper.Map<QualificationModuleInput>(Qualification.Modules.Single(m => m.Id == existing))
            : new() { Result = ModuleResult.Pending };
        Module.ExamSittings = [.. Module.ExamSittings ?? [], null];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? moduleId, CancellationToken ct)
    {
        if (await LoadAsync(id, moduleId, ct) is { } missing)
        {
            return missing;
        }

        // Blank "another sitting" boxes are not a sitting; a part-filled one already has the date input's own message.
        var sittings = Module.ExamSittings ?? [];
        Module.ExamSittings = [.. sittings.Where(d => d is not null)];
        if (ModelState[$"{nameof(Module)}.{nameof(Module.Credits)}"] is { Errors.Count: > 0 } credits)
        {
            credits.Errors.Clear();
            credits.Errors.Add("Enter the credits as a whole number, like 20, or 0 if the module has none");
        }

        var today = clock.UkToday();
        ModelState.AddFieldErrors(Module.Validate(today), nameof(Module));
        if (!ModelState.IsValid)
        {
            Module.ExamSittings = [.. sittings];
            return Page();
        }

        var module = moduleId is { } existing ? Qualification.Modules.Single(m => m.Id == existing) : null;
        if (module is null)
        {
            module = new QualificationModule { QualificationId = Qualification.Id };
            Qualification.Modules.Add(module);
        }

        Module.ApplyTo(module);
        Qualification.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Module {(IsEdit ? "saved" : "added")}: {module.Title}";
        return RedirectToPage(RecordTypes.Qualifications.RecordPage, new { id = Qualification.Id });
    }

    /// <summary>Null when the user's live qualification (and the module, when named) exist; otherwise a 404.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, Guid? moduleId, CancellationToken ct)
    {
        var qualification = await RecordTypes.Qualifications.FindAsync(db, User.UserId(), id, ct);
        if (qualification is null || (moduleId is { } m && qualification.Modules.All(x => x.Id != m)))
        {
            return NotFound();
        }

        Qualification = qualification;
        IsEdit = moduleId is not null;
        return null;
    }
}
