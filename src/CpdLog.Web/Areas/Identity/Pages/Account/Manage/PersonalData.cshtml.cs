namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Where a person downloads or deletes their personal data.</summary>
public sealed class PersonalDataModel : PageModel
{
    public void OnGet()
    {
    }
}
