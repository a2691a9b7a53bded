namespace CpdLog.Web.Features.About;

/// <summary>The privacy notice (public, linked from every page's footer).</summary>
[AllowAnonymous]
public sealed class PrivacyModel(IConfiguration configuration) : PageModel
{
    public ServiceContact Contact { get; } = ServiceContact.From(configuration);

    public void OnGet()
    {
    }
}
