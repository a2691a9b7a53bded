namespace CpdLog.Web.Features.Admin.Bodies;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(CustomBodyAdministration bodies) : PageModel
{
    public IReadOnlyList<CustomBodyDefinition> Custom { get; private set; } = [];

    public IReadOnlyList<IBodyRuleSet> BuiltIn => BodyCatalogue.All;

    public IReadOnlyList<BodyTemplate> Templates => BodyTemplates.All;

    public bool Adopted(BodyTemplate template) => Custom.Any(c => string.Equals(c.Code, template.Code, StringComparison.OrdinalIgnoreCase));

    public async Task OnGetAsync(CancellationToken ct) => Custom = await bodies.ListAsync(ct);

    /// <summary>One click: the template becomes a custom body members can register with.</summary>
    public async Task<IActionResult> OnPostAdoptAsync(string key, CancellationToken ct)
    {
        var result = await bodies.AdoptTemplateAsync(key, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Success"] = $"Adopted {result.Body!.Name} ({result.Body.Code}). Members can now add a registration with it; change its rules here at any time.";
            return RedirectToPage();
        }

        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }

        Custom = await bodies.ListAsync(ct);
        return Page();
    }
}
