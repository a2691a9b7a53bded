namespace CpdLog.Web.Features.Registrations.SignOffs;

using CpdLog.Core.SignOffs;
using CpdLog.Web.Features.SignOff;

/// <summary>
/// A registration's sign-off requests: ask someone (name and e-mail) to sign a confirmation, reflective discussion or
/// attestation by e-mail, see each request's status, withdraw an unanswered one.
/// </summary>
public sealed class IndexModel(CpdLogDbContext db, SignOffService service) : PageModel
{
    [BindProperty]
    public SignOffRequestInput Input { get; set; } = new();

    public Guid RegistrationId { get; private set; }

    public string BodyCode { get; private set; } = "";

    public string RegistrationNumber { get; private set; } = "";

    public IReadOnlyList<SignOffRequestDto> Requests { get; private set; } = [];

    public IReadOnlyList<SelectListItem> KindChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid registrationId, CancellationToken ct)
    {
        if (!await LoadAsync(registrationId, ct))
        {
            return NotFound();
        }

        Input = new SignOffRequestInput { Kind = KindChoices[0].Value };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid registrationId, CancellationToken ct)
    {
        if (!await LoadAsync(registrationId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input.RegistrationId = registrationId;
        var (request, errors) = await service.CreateAsync(User.UserId(), Input, ct);
        if (errors is not null)
        {
            foreach (var (field, messages) in errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{char.ToUpperInvariant(field[0])}{field[1..]}", messages[0]);
            }

            return Page();
        }

        if (request is null)
        {
            return NotFound();
        }

        TempData["Success"] = $"Sent to {request.RecipientName} ({request.RecipientEmail}). The link works until {SignOffDisplay.Instant(request.ExpiresAt)}.";
        return RedirectToPage("/Registrations/SignOffs/Index", new { registrationId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid registrationId, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(registrationId, ct) || Requests.All(r => r.Id != id))
        {
            return NotFound();
        }

        var outcome = await service.WithdrawAsync(User.UserId(), id, ct);
        TempData["Success"] = outcome == SignOffOutcome.Done
            ? "Request withdrawn: its link no longer works."
            : "That request was already answered, withdrawn or expired, so nothing changed.";
        return RedirectToPage("/Registrations/SignOffs/Index", new { registrationId });
    }

    private async Task<bool> LoadAsync(Guid registrationId, CancellationToken ct)
    {
        var userId = User.UserId();
        var registration = await db.Registrations.OwnedBy(userId).AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        if (registration is null)
        {
            return false;
        }

        RegistrationId = registration.Id;
        BodyCode = registration.BodyCode;
        RegistrationNumber = registration.RegistrationNumber;
        var now = service.Now;
        Requests = [.. (await service.ListAsync(userId, registrationId, ct)).Select(r => SignOffRequestDto.From(r, now))];
        KindChoices = string.Equals(registration.BodyCode, "NMC", StringComparison.OrdinalIgnoreCase)
            ?
            [
                new(SignOffText.KindName(SignOffKind.Confirmation), nameof(SignOffKind.Confirmation)),
                new(SignOffText.KindName(SignOffKind.Discussion), nameof(SignOffKind.Discussion)),
                new(SignOffText.KindName(SignOffKind.Attestation), nameof(SignOffKind.Attestation)),
            ]
            : [new(SignOffText.KindName(SignOffKind.Attestation), nameof(SignOffKind.Attestation))];
        return true;
    }
}
