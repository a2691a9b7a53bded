namespace CpdLog.Web.Features.Admin.Bodies;

[Authorize(Policy = Policies.Admin)]
public sealed class AddModel(CustomBodyAdministration bodies) : PageModel
{
    [BindProperty]
    public BodyForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await bodies.CreateAsync(Input.ToRequest(), ct);
        if (!result.Succeeded)
        {
            AdminForms.AddErrors(ModelState, result.Errors);
            return Page();
        }

        TempData["Success"] = $"{result.Body!.Name} added. Members can now choose it when they add a registration.";
        return RedirectToPage("/Admin/Bodies/Index");
    }
}
