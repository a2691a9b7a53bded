namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

using CpdLog.Web.Features.Account;

/// <summary>The person's own data as a JSON file (<see cref="PersonalDataExport"/>); a POST, so a link cannot trigger it.</summary>
public sealed class DownloadPersonalDataModel(CpdUserManager users, PersonalDataExport export) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(await export.ExportAsync(user, ct), "application/json", "cpdlog-personal-data.json");
    }
}
