namespace CpdLog.Web.Features.Notifications;

using CpdLog.Web.Features.Verify;
using Microsoft.AspNetCore.RateLimiting;

/// <summary>
/// Stops one kind of reminder e-mail from the link in the e-mail, without signing in. GET shows a button (so a mail
/// scanner following the link changes nothing); POST unsubscribes: the page's button, or the mail program's one-click
/// POST (RFC 8058: body <c>List-Unsubscribe=One-Click</c>, no cookies, no antiforgery token, hence
/// <see cref="IgnoreAntiforgeryTokenAttribute"/>). The signed token is the only authority and names one person and kind.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(VerifyRateLimit.PolicyName)]
public sealed class UnsubscribeModel(UnsubscribeTokens tokens, NotificationPreferencesService preferences) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string Kind { get; private set; } = "";

    public bool Valid { get; private set; }

    public bool Done { get; private set; }

    public IActionResult OnGet()
    {
        Valid = tokens.TryRead(Token, out _, out var kind);
        Kind = kind;
        if (!Valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Valid = tokens.TryRead(Token, out var userId, out var kind);
        Kind = kind;
        if (!Valid || !await preferences.UnsubscribeAsync(userId, kind, ct))
        {
            Valid = false;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Done = true;
        return Page();
    }
}
