namespace CpdLog.Web.Infrastructure.Sso;

public enum LocalPasswordPolicy
{
    /// <summary>Every account may sign in with its password (the default).</summary>
    Allowed,

    /// <summary>An account linked to an organisation account may not sign in with a password (pages or API).</summary>
    OffForOrganisationAccounts,

    /// <summary>Only the break-glass Admins (with two-factor authentication) may sign in with a password.</summary>
    BreakGlassOnly,
}
