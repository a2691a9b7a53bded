namespace CpdLog.Web.Infrastructure.Sso;

/// <summary>What the sign-in page says when an organisation sign-in is refused (codes from <see cref="SsoSetup"/>).</summary>
public static class OrganisationErrors
{
    public const string Tenant = "tenant";
    public const string Domain = "domain";
    public const string Refused = "refused";

    public static string Message(string code) => code switch
    {
        Tenant => "Your organisation account is from an organisation this service does not accept. Sign in with the account your employer gave you, or ask your administrator.",
        Domain => "Your organisation account's email address is not one this service accepts. Ask your administrator.",
        Refused => "Your account cannot sign in. It may have been disabled or locked: ask your administrator.",
        "identifiers" => "Your organisation did not say who you are (tenant and object id are needed). Ask your administrator.",
        "closed" => "You do not have an account yet. Ask your administrator to create your account or link your organisation account.",
        _ => "Signing in with your organisation account did not work. Try again, or ask your administrator.",
    };
}
