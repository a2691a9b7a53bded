namespace CpdLog.Data.Security;

/// <summary>
/// An organisation account (OpenID Connect) bound to a local account by the identifiers the provider guarantees stable
/// and unique: the issuer (<c>iss</c>), the tenant (<c>tid</c>) and the object id (<c>oid</c>) of the person in that
/// tenant. Never by e-mail address: an e-mail claim can be edited by a tenant's administrator (or, for some account
/// types, the person) and would let one account take over another.
/// </summary>
public sealed class ExternalLogin
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string UserId { get; set; } = "";

    /// <summary>The configured provider (scheme) the link was made through, e.g. <c>nhsmail</c>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>The <c>iss</c> claim of the id token, exactly as issued.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The <c>tid</c> claim (directory tenant).</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The <c>oid</c> claim (the person's immutable object id in the tenant).</summary>
    public string ObjectId { get; set; } = "";

    /// <summary>How the link was made: <c>new account</c>, <c>proved local account</c> or <c>linked by an administrator</c>.</summary>
    public string LinkedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The e-mail claim at the last sign-in (shown to Admins; never used to find the account).</summary>
    public string? LastEmailClaim { get; set; }
}
