namespace CpdLog.Web.Features.Admin.Users;

using System.ComponentModel.DataAnnotations;
using CpdLog.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Creates an account with a temporary password; works when self sign-up is closed.</summary>
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
            new CreateUserRequest { DisplayName = Input.DisplayName, Email = Input.Email, JobTitle = Input.JobTitle, Password = Input.Password }, ct);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            AdminForms.AddErrors(ModelState, result.Errors);
            return Page();
        }

        TempData["Success"] = $"Account created for {result.User!.DisplayName}. Give them their temporary password in person or by phone.";
        return Redirect($"/Admin/Users/Edit/{result.User.Id}");
    }

    public sealed class InputModel
    {
        [Display(Name = "Full name")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Display(Name = "Job title (optional)")]
        public string? JobTitle { get; set; }

        [Display(Name = "Temporary password")]
        public string Password { get; set; } = "";
    }
}
