namespace CpdLog.Web.Infrastructure.Sso;

/// <summary>
/// The claims CpdLog keeps from a validated id token, under fixed names whatever the provider calls them, in the
/// short-lived external cookie between the provider's reply and the local sign-in (or the linking page).
/// </summary>
public static class SsoClaims
{
    public const string Provider = "cpdlog:sso:provider";
    public const string Issuer = "cpdlog:sso:iss";
    public const string TenantId = "cpdlog:sso:tid";
    public const string ObjectId = "cpdlog:sso:oid";
    public const string Email = "cpdlog:sso:email";
    public const string Name = "cpdlog:sso:name";
    public const string Role = "cpdlog:sso:role";
    public const string LineManager = "cpdlog:sso:manager";
    public const string CostCentre = "cpdlog:sso:costcentre";

    /// <summary>Authentication-properties items of the local session, for signing out of the provider too.</summary>
    public const string SessionProviderItem = "cpdlog.sso.provider";
    public const string IdTokenItem = "id_token";
}
