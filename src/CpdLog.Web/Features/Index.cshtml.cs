namespace CpdLog.Web.Features;

[AllowAnonymous]
public sealed class IndexModel(IOptions<AccountOptions> accounts) : PageModel
{
    public bool AllowSelfRegistration => accounts.Value.AllowSelfRegistration;

    /// <summary>A signed-in user goes to their start page (<see cref="Landing"/>): sign-in returns here by default.</summary>
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage(Landing.For(User)) : Page();
}
