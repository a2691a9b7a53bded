namespace CpdLog.Web.Features.Evidence;

/// <summary><c>/Evidence/Edit/{id}</c>: change a file's description, pages and standards; back to its record.</summary>
public sealed class EditModel(EvidenceService evidence, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EvidenceDetailsInput Input { get; set; } = new();

    public string FileName { get; private set; } = "";

    public string Reference { get; private set; } = "";

    public string BackUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await evidence.FindAsync(User.UserId(), id, ct) is not { } file)
        {
            return NotFound();
        }

        Show(file);
        Input = new EvidenceDetailsInput { Description = file.Description, Pages = file.Pages, Standards = file.Standards };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await evidence.FindAsync(User.UserId(), id, ct) is not { } file)
        {
            return NotFound();
        }

        Show(file);
        if (ModelState[$"{nameof(Input)}.{nameof(Input.Pages)}"] is { Errors.Count: > 0 } pages)
        {
            pages.Errors.Clear();
            pages.Errors.Add("Enter the number of pages as a whole number, like 3");
        }

        foreach (var error in Input.Validate())
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await evidence.UpdateDetailsAsync(file, Input, clock.GetUtcNow(), ct);
        TempData["Success"] = $"Evidence details saved: {file.FileName}";
        return Redirect(BackUrl);
    }

    private void Show(Core.Records.EvidenceFile file)
    {
        FileName = file.FileName;
        Reference = file.Reference;
        BackUrl = (RecordTypes.ForEvidence(file.RecordKind) is { } type ? Url.Page(type.RecordPage, new { id = file.RecordId }) : Url.Page("/Activities/Index"))!;
    }
}
