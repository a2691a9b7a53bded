namespace CpdLog.Web.Infrastructure.Sso;

/// <summary>A person as their organisation's provider vouched for them: bound by issuer, tenant and object id.</summary>
public sealed record OrganisationIdentity(
    string Provider,
    string Issuer,
    string TenantId,
    string ObjectId,
    string? Email,
    string? Name,
    IReadOnlyList<string> Roles,
    string? LineManagerObjectId,
    string? CostCentre,
    string? IdToken)
{
    public static OrganisationIdentity? From(AuthenticateResult external)
    {
        var p = external.Principal;
        if (!external.Succeeded || p is null
            || p.FindFirstValue(SsoClaims.Provider) is not { Length: > 0 } provider
            || p.FindFirstValue(SsoClaims.Issuer) is not { Length: > 0 } issuer
            || p.FindFirstValue(SsoClaims.TenantId) is not { Length: > 0 } tenant
            || p.FindFirstValue(SsoClaims.ObjectId) is not { Length: > 0 } objectId)
        {
            return null;
        }

        return new OrganisationIdentity(provider, issuer, tenant, objectId,
            p.FindFirstValue(SsoClaims.Email), p.FindFirstValue(SsoClaims.Name),
            [.. p.FindAll(SsoClaims.Role).Select(c => c.Value)],
            p.FindFirstValue(SsoClaims.LineManager), p.FindFirstValue(SsoClaims.CostCentre),
            external.Properties?.GetTokenValue("id_token"));
    }
}
