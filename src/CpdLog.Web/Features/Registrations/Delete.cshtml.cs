namespace CpdLog.Web.Features.Registrations;

/// <summary>Moves a registration to the bin. The CPD records themselves are untouched.</summary>
public sealed class DeleteModel(CpdLogDbContext db, RegistrationWriter writer) : PageModel
{
    public ProfessionalRegistration Registration { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var registration = await db.Registrations.OwnedBy(User.UserId()).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (registration is null)
        {
            return NotFound();
        }

        Registration = registration;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await writer.MoveToBinAsync(User.UserId(), id, ct))
        {
            return NotFound();
        }

        TempData["Success"] = "Registration moved to the bin";
        return RedirectToPage("/Registrations/Index");
    }
}
