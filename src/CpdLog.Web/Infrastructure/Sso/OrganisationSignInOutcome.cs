namespace CpdLog.Web.Infrastructure.Sso;

/// <summary>Why an organisation sign-in did not end in a local session.</summary>
public enum OrganisationSignInOutcome
{
    SignedIn,

    /// <summary>No local account is linked yet: the person must prove one, create one, or ask an Admin.</summary>
    NotLinked,

    /// <summary>The linked account is disabled or locked out.</summary>
    AccountRefused,
}
