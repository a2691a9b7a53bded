namespace CpdLog.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public sealed class RegisterModel(AccountRegistration registration, IOptions<AccountOptions> accounts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool AllowSelfRegistration => accounts.Value.AllowSelfRegistration;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AllowSelfRegistration)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The same answer, the same work and one e-mail whether or not the address has an account (AccountRegistration).
        var result = await registration.RegisterAsync(Input.Email.Trim(), Input.DisplayName.Trim(), Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) || error.Code == CommonPasswordValidator.ErrorCode
                    ? "Input.Password" : "Input.Email";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        return RedirectToPage("./RegisterConfirmation");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your full name")]
        [StringLength(100, ErrorMessage = "Name must be 100 characters or fewer")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Create a password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirm your password")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
