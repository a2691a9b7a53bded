namespace CpdLog.Web.Features.Registrations.SignOffs;

using CpdLog.Core.SignOffs;
using CpdLog.Web.Features.SignOff;

/// <summary>One sign-off request: its status and, once answered, exactly what was signed and its SHA-256.</summary>
public sealed class DetailsModel(SignOffService service, CpdLog.Data.CpdLogDbContext db) : PageModel
{
    public SignOffRequest? SignOff { get; private set; }

    public SignOffStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        SignOff = await service.FindOwnedAsync(User.UserId(), id, ct);
        if (SignOff is null)
        {
            // A record signed on another CpdLog and brought in a personal archive points at its imported sign-off.
            return await Archive.ImportedSignOffModel.FindAsync(db, User.UserId(), id, ct) is null
                ? NotFound()
                : RedirectToPage(Archive.ImportedSignOffModel.PageName, new { id });
        }

        Status = SignOff.StatusAt(service.Now);
        return Page();
    }
}
