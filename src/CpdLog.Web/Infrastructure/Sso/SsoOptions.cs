namespace CpdLog.Web.Infrastructure.Sso;

/// <summary>
/// Organisation sign-in (OpenID Connect, e.g. Microsoft Entra ID / NHSmail), from the <c>OrganisationSignIn</c>
/// configuration section. With no providers the service signs in with passwords only, exactly as before.
/// </summary>
public sealed class SsoOptions
{
    public const string Section = "OrganisationSignIn";

    /// <summary>Providers by key; the key names the scheme and the callback path (<c>/signin-oidc-{key}</c>).</summary>
    public Dictionary<string, SsoProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether local passwords still work once organisation sign-in is configured.</summary>
    public LocalPasswordPolicy LocalPasswords { get; set; } = LocalPasswordPolicy.Allowed;

    /// <summary>
    /// E-mail addresses of break-glass Admin accounts: when <see cref="LocalPasswords"/> is
    /// <see cref="LocalPasswordPolicy.BreakGlassOnly"/> these alone may sign in with a password, and only with
    /// two-factor authentication set up (a password alone is refused).
    /// </summary>
    public List<string> BreakGlassAdmins { get; set; } = [];

    public bool Enabled => Providers.Count > 0;

    public static string Scheme(string key) => "oidc-" + key.ToLowerInvariant();
}
