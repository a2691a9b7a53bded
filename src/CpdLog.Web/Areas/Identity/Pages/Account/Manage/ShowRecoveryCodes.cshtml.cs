namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Shows newly made recovery codes once (they come through TempData from the page that made them; only hashes are stored).</summary>
public sealed class ShowRecoveryCodesModel : PageModel
{
    public const string TempDataKey = "RecoveryCodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData[TempDataKey] is not string[] { Length: > 0 } codes)
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        Codes = codes;
        return Page();
    }
}
