namespace CpdLog.Web.Features.Admin.Bodies;

/// <summary>Changes a custom body's rules; the code stays, the rule version goes up.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(CpdLogDbContext db, CustomBodyAdministration bodies, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BodyForm Input { get; set; } = new();

    /// <summary>Every version of the rules, newest first.</summary>
    public IReadOnlyList<CpdLog.Core.Compliance.CustomBodyRules> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var body = await db.CustomBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (body is null)
        {
            return NotFound();
        }

        Input = BodyForm.From(body);
        Input.EffectiveFrom = clock.UkToday();
        Versions = VersionsOf(body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.CustomBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is { } current)
        {
            Versions = VersionsOf(current);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await bodies.UpdateAsync(id, Input.ToRequest(), ct);
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            AdminForms.AddErrors(ModelState, result.Errors);
            return Page();
        }

        TempData["Success"] = $"{result.Body!.Name} updated: rules custom-v{result.Body.Version} apply to cycles ending on or after {UkFormat.Date(result.Body.EffectiveFrom)}";
        return RedirectToPage("/Admin/Bodies/Index");
    }

    private static List<CpdLog.Core.Compliance.CustomBodyRules> VersionsOf(CpdLog.Core.Compliance.CustomBodyDefinition body) =>
        [.. body.EarlierVersions.Append(body.CurrentRules).OrderByDescending(v => v.Version)];
}
