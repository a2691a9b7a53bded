namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A first password for an account that has none (made by organisation sign-in). Refused while the organisation
/// sign-in policy (OrganisationSignIn:LocalPasswords) turns password sign-in off for the account.
/// </summary>
public sealed class SetPasswordModel(CpdUserManager users, CpdSignInManager signIn) : PasswordPageModel(users, signIn)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    protected override bool ForAccountWithPassword => false;

    protected override bool RefusedWhilePasswordOff => true;

    protected override string Saved => "Your password is set.";

    protected override Task<IdentityResult> SaveAsync(CpdUser user) => Users.AddPasswordAsync(user, Input.NewPassword);

    protected override string ErrorField(IdentityError error) => "Input.NewPassword";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a new password")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Confirm your new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match: enter the same password twice")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
