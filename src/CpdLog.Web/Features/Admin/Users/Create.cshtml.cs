namespace CpdLog.Web.Features.Admin.Users;

/// <summary>Creates an account and e-mails the person a link to set their own password; works when self sign-up is closed.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class CreateModel(UserAdministration users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await users.CreateAsync(
            new CreateUserRequest { DisplayName = Input.DisplayName, Email = Input.Email, JobTitle = Input.JobTitle }, ct);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            AdminForms.AddErrors(ModelState, result.Errors);
            return Page();
        }

        TempData["Success"] = $"Account created for {result.User!.DisplayName}. We have emailed a link to {result.User.Email} so they can set their own password.";
        return RedirectToPage("/Admin/Users/Edit", new { id = result.User.Id });
    }

    public sealed class InputModel
    {
        [Display(Name = "Full name")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Display(Name = "Job title (optional)")]
        public string? JobTitle { get; set; }
    }
}
