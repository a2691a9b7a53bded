namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The signed-in person's own profile: name and job title (roles, line manager and cost centre are set by an Admin).</summary>
public sealed class IndexModel(CpdUserManager users, CpdSignInManager signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";

    public string Roles { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        await LoadAsync(user);
        Input = new InputModel { DisplayName = user.DisplayName, JobTitle = user.JobTitle };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        user.DisplayName = Input.DisplayName.Trim();
        user.JobTitle = Input.JobTitle?.Trim() ?? "";
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "Your profile could not be saved. Try again.");
            await LoadAsync(user);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your profile is saved.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CpdLog.Data.CpdUser user)
    {
        Email = user.Email ?? "";
        var roles = await users.GetRolesAsync(user);
        Roles = roles.Count == 0 ? "None" : string.Join(", ", roles.Order().Select(r => CpdLog.Web.Features.Shared.TagHelpers.Humanise.Words(r)));
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your full name")]
        [StringLength(100, ErrorMessage = "Name must be 100 characters or fewer")]
        public string DisplayName { get; set; } = "";

        [StringLength(100, ErrorMessage = "Job title must be 100 characters or fewer")]
        public string? JobTitle { get; set; }
    }
}
