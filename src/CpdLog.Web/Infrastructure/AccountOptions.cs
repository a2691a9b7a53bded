namespace CpdLog.Web.Infrastructure;

public sealed class AccountOptions
{
    /// <summary>When false, only Admins create accounts (the Register page and API refuse).</summary>
    public bool AllowSelfRegistration { get; set; } = true;

    /// <summary>Optional first Admin created at start-up (password from configuration or a secret store).</summary>
    public string? BootstrapAdminEmail { get; set; }

    public string? BootstrapAdminPassword { get; set; }

    /// <summary>How long a link in an account e-mail (set or reset a password, confirm an address) works.</summary>
    public TimeSpan LinkLifespan { get; set; } = TimeSpan.FromHours(24);
}
