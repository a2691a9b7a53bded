namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Personal access tokens for API clients (<c>Authorization: Bearer cpd_pat_…</c> on <c>/api/v1</c>): made here,
/// shown once, listed with their expiry and last use, revocable. The way to use the API without a password.
/// </summary>
public sealed class AccessTokensModel(CpdUserManager users, PersonalAccessTokens tokens, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<SelectListItem> Lifetimes =
    [
        new("30 days", "30"),
        new("90 days", "90"),
        new("180 days", "180"),
        new("1 year", "365"),
    ];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    /// <summary>The token just made: shown on this response only, never stored.</summary>
    public string? NewToken { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(User.UserId(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!int.TryParse(Input.Days, out var days) || !Lifetimes.Any(l => l.Value == Input.Days))
        {
            ModelState.AddModelError("Input.Days", "Choose how long the token works");
        }

        if (ModelState.IsValid && await tokens.CountActiveAsync(user.Id) >= PersonalAccessTokens.MaxPerUser)
        {
            ModelState.AddModelError("Input.Name", $"You have {PersonalAccessTokens.MaxPerUser} tokens that work: revoke one you no longer use first");
        }

        if (ModelState.IsValid)
        {
            (_, NewToken) = await tokens.CreateAsync(user, Input.Name, days);
            Input = new InputModel();
            ModelState.Clear();
            Response.Headers.CacheControl = "no-store";
        }

        Tokens = await tokens.ListAsync(user.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await tokens.RevokeAsync(user, id))
        {
            return NotFound();
        }

        TempData["Success"] = "Token revoked: it no longer works";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a name for the token, like the script or app that will use it")]
        [StringLength(100, ErrorMessage = "Name must be 100 characters or fewer")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Display(Name = "Expires after")]
        public string Days { get; set; } = "90";
    }
}
