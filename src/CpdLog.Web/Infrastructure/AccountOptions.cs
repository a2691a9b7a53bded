namespace CpdLog.Web.Infrastructure;

using CpdLog.Data;
using CpdLog.Web.Infrastructure.Security;
using CpdLog.Web.Infrastructure.Sso;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

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
