namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>The one field of the pages that send a link to an address (forgotten password, new confirmation link).</summary>
public sealed class EmailAddressInput
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
    public string Email { get; set; } = "";
}
