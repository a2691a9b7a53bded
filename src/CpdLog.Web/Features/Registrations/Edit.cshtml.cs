namespace CpdLog.Web.Features.Registrations;

/// <summary>Change the number, date or options. The body is fixed: to change it, delete and add again.</summary>
public sealed class EditModel(CpdLogDbContext db, BodyDirectory bodies, RegistrationWriter writer) : PageModel
{
    [BindProperty]
    public RegistrationForm Input { get; set; } = new();

    public BodyInfo? Body { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var registration = await db.Registrations.OwnedBy(User.UserId()).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (registration is null)
        {
            return NotFound();
        }

        Input = RegistrationForm.From(registration);
        Body = await bodies.FindAsync(registration.BodyCode, ct);
        return Body is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var existing = await db.Registrations.OwnedBy(User.UserId()).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (existing is null)
        {
            return NotFound();
        }

        Input.BodyCode = existing.BodyCode;
        var result = await writer.UpdateAsync(User.UserId(), id, Input.ToRequest(ModelState), ct);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Success"] = $"{existing.BodyCode} registration updated";
            return RedirectToPage("/Registrations/Index");
        }

        RegistrationForm.KeepDateErrors(ModelState);
        RegistrationForm.AddErrors(ModelState, result.Errors);
        Body = await bodies.FindAsync(existing.BodyCode, ct);
        return Body is null ? NotFound() : Page();
    }
}
