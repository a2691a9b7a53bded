namespace CpdLog.Web.Infrastructure.Sso;

/// <summary>One OpenID Connect provider (an Entra ID app registration, for NHSmail).</summary>
public sealed class SsoProviderOptions
{
    /// <summary>What the sign-in button says after "Sign in with": e.g. "NHSmail".</summary>
    public string DisplayName { get; set; } = "your organisation account";

    /// <summary>e.g. https://login.microsoftonline.com/{tenant-id}/v2.0 (or …/organizations/v2.0 for several tenants).</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>From a secret store or environment variable, never a committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Tenants (<c>tid</c>) whose people may sign in. At least one is required.</summary>
    public List<string> AllowedTenantIds { get; set; } = [];

    /// <summary>When set, the e-mail claim's domain must be one of these (e.g. nhs.net).</summary>
    public List<string> AllowedEmailDomains { get; set; } = [];

    /// <summary>Only for a test or development provider on http://localhost.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string TenantIdClaim { get; set; } = "tid";

    public string ObjectIdClaim { get; set; } = "oid";

    /// <summary>Claim holding the person's roles (Entra app roles: <c>roles</c>).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// Claim value → CpdLog role (LineManager, BudgetHolder, Admin). Empty: roles are never taken from claims. When
    /// set, every sign-in makes the account's mapped roles match the claims (each change is in the admin audit).
    /// </summary>
    public Dictionary<string, string> RoleMappings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Optional claim holding the line manager's object id (<c>oid</c>) in the same tenant.</summary>
    public string? LineManagerClaim { get; set; }

    /// <summary>Optional claim holding the person's cost centre code.</summary>
    public string? CostCentreClaim { get; set; }

    /// <summary>Problems that stop the app from starting, so a half-configured provider is never a weak door.</summary>
    public IEnumerable<string> Problems(string key)
    {
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority))
        {
            yield return $"OrganisationSignIn:Providers:{key}:Authority must be an absolute URL.";
        }
        else if (RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"OrganisationSignIn:Providers:{key}:Authority must use https.";
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return $"OrganisationSignIn:Providers:{key}:ClientId is required.";
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return $"OrganisationSignIn:Providers:{key}:ClientSecret is required (from a secret store or environment variable).";
        }

        if (!AllowedTenantIds.Any(t => !string.IsNullOrWhiteSpace(t)))
        {
            yield return $"OrganisationSignIn:Providers:{key}:AllowedTenantIds must name at least one tenant.";
        }

        foreach (var role in RoleMappings.Values.Where(r => !Data.Roles.All.Contains(r, StringComparer.OrdinalIgnoreCase) || r.Equals(Data.Roles.Manager, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"OrganisationSignIn:Providers:{key}:RoleMappings maps to '{role}'; map to LineManager, BudgetHolder or Admin.";
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(key, "^[A-Za-z0-9-]{1,40}$"))
        {
            yield return $"OrganisationSignIn:Providers:{key}: the key must be letters, digits or hyphens.";
        }
    }
}
