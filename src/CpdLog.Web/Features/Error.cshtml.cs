namespace CpdLog.Web.Features;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with the service";

    public string Message { get; private set; } = "Try again later. Nothing you saved has been lost.";

    public void OnGet(int? code)
    {
        switch (code)
        {
            case 404:
                Title = "Page not found";
                Message = "If you typed the web address, check it is correct. The record may have been moved to the bin.";
                break;
            case 403:
                Title = "You do not have access to this page";
                Message = "Ask your administrator if you think you should.";
                break;
            case 429:
                Title = "Too many requests";
                Message = "Wait a minute and try again.";
                break;
        }

        if (code is not null)
        {
            Response.StatusCode = code.Value;
        }
    }
}
