namespace CpdLog.Web.Features;

using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

[AllowAnonymous]
public sealed class IndexModel(IOptions<AccountOptions> accounts) : PageModel
{
    public bool AllowSelfRegistration => accounts.Value.AllowSelfRegistration;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/Dashboard") : Page();
}
