namespace CpdLog.Web.Features.Registrations;

/// <summary>One registration: where it stands, the next three things to do, and progress over the cycle.</summary>
public sealed class DetailsModel(RegistrationProgress progress, ComplianceService compliance) : PageModel
{
    public RegistrationOverview Overview { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>Text, so a malformed id is a 404 like an unknown one, never a binding error.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var registrationId))
        {
            return NotFound();
        }

        Today = compliance.Today();
        var overview = await progress.LoadAsync(User.UserId(), registrationId, Today, ct);
        if (overview is null)
        {
            return NotFound();
        }

        Overview = overview;
        return Page();
    }
}
