namespace CpdLog.Web.Features.Registrations;

/// <summary>Two steps without JavaScript: choose a body (GET ?body=), then its number, anchor date and options.</summary>
public sealed class AddModel(BodyDirectory bodies, RegistrationWriter writer) : PageModel
{
    [BindProperty]
    public RegistrationForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "body")]
    public string? BodyCode { get; set; }

    public IReadOnlyList<BodyInfo> Bodies { get; private set; } = [];

    /// <summary>The chosen body; null while choosing.</summary>
    public BodyInfo? Body { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool? choose, CancellationToken ct)
    {
        Bodies = await bodies.AllAsync(ct);
        if (choose == true && string.IsNullOrWhiteSpace(BodyCode))
        {
            ModelState.AddModelError("body", "Select a professional body");
            return Page();
        }

        Body = await bodies.FindAsync(BodyCode, ct);
        if (Body is null && !string.IsNullOrWhiteSpace(BodyCode))
        {
            ModelState.AddModelError("body", "Select a professional body from the list");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await writer.CreateAsync(User.UserId(), Input.ToRequest(ModelState), ct);
        if (result.Succeeded)
        {
            TempData["Success"] = $"{result.Registration!.BodyCode} registration added";
            return RedirectToPage("/Dashboard/Index");
        }

        RegistrationForm.KeepDateErrors(ModelState);
        RegistrationForm.AddErrors(ModelState, result.Errors);
        Bodies = await bodies.AllAsync(ct);
        Body = await bodies.FindAsync(Input.BodyCode, ct);
        if (Body is null)
        {
            ModelState.AddModelError("body", "Select a professional body");
        }

        return Page();
    }
}
