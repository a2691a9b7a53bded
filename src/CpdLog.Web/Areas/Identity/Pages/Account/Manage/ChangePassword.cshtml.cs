namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Changing the password (the current one is needed). An account without one is sent to set one.</summary>
public sealed class ChangePasswordModel(CpdUserManager users, CpdSignInManager signIn) : PasswordPageModel(users, signIn)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    protected override bool ForAccountWithPassword => true;

    protected override bool RefusedWhilePasswordOff => false;

    protected override string Saved => "Your password has changed.";

    protected override Task<IdentityResult> SaveAsync(CpdUser user) => Users.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);

    protected override string ErrorField(IdentityError error) =>
        error.Code == "PasswordMismatch" ? "Input.OldPassword" : "Input.NewPassword";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password")]
        [DataType(DataType.Password)]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Confirm your new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match: enter the same new password twice")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
