namespace CpdLog.Web.Features.About;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The accessibility statement (public, linked from every page's footer).</summary>
[AllowAnonymous]
public sealed class AccessibilityModel(IConfiguration configuration) : PageModel
{
    public ServiceContact Contact { get; } = ServiceContact.From(configuration);

    public void OnGet()
    {
    }
}
