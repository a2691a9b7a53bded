namespace CpdLog.Web.Features.Activities;

using CpdLog.Web.Features.Activities.Spreadsheet;
using CpdLog.Web.Features.Evidence;

/// <summary>
/// "Import from a spreadsheet": choose a CSV file, "Check file" (a dry run: every row's errors by row and column,
/// nothing saved), then "Import N activities". The checked file travels to the confirm step in a hidden field (base64)
/// and is checked again there, so what is saved is exactly what was checked, judged by the rules in force when saving.
/// </summary>
public sealed class ImportModel(ActivityImporter importer, UploadRateLimit uploads) : PageModel
{
    /// <summary>The file chosen on the page.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The checked file (base64), posted back by the confirm button.</summary>
    [BindProperty]
    public string? Checked { get; set; }

    [BindProperty]
    public string? CheckedName { get; set; }

    /// <summary>The report of the last check or import, when there is one.</summary>
    public ActivityImportReport? Report { get; private set; }

    public ActivityImportOptions Limits => importer.Limits;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Checked = null;
        if (importer.UploadProblem(Upload) is { } problem)
        {
            ModelState.AddModelError(nameof(Upload), problem);
            return Page();
        }

        var bytes = await ActivityImporter.ReadAsync(Upload!, ct);
        return await RunAsync(bytes, Path.GetFileName(Upload!.FileName), dryRun: true, ct);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        ModelState.Clear();
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Checked ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length == 0)
        {
            Checked = null;
            ModelState.AddModelError(nameof(Upload), "Choose the file and check it again before importing");
            return Page();
        }

        return await RunAsync(bytes, CheckedName, dryRun: false, ct);
    }

    private async Task<IActionResult> RunAsync(byte[] bytes, string? name, bool dryRun, CancellationToken ct)
    {
        CheckedName = string.IsNullOrWhiteSpace(name) ? "your file" : name;
        if (!uploads.TryAcquire(User.UserId()))
        {
            Checked = null;
            ModelState.AddModelError(nameof(Upload), UploadRateLimit.Message);
            return Page();
        }

        var outcome = await importer.RunAsync(User.UserId(), bytes, dryRun, ct);
        if (outcome.Report is not { } report)
        {
            Checked = null;
            ModelState.AddModelError(nameof(Upload), outcome.Problem!);
            return Page();
        }

        if (report.Saved)
        {
            TempData["Success"] = report.Message;
            return RedirectToPage("Index");
        }

        Report = report;
        if (report.Errors.Count > 0)
        {
            Checked = null;
            ModelState.AddModelError(nameof(Upload), report.Message);
            return Page();
        }

        Checked = report.ImportCount > 0 ? Convert.ToBase64String(bytes) : null;
        return Page();
    }
}
