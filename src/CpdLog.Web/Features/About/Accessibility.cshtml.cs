namespace CpdLog.Web.Features.About;

/// <summary>The accessibility statement (public, linked from every page's footer).</summary>
[AllowAnonymous]
public sealed class AccessibilityModel(IConfiguration configuration) : PageModel
{
    public ServiceContact Contact { get; } = ServiceContact.From(configuration);

    public void OnGet()
    {
    }
}
