namespace CpdLog.Web.Infrastructure.Sso;

using CpdLog.Web.Features.Admin;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

/// <summary>
/// Links organisation accounts to local accounts by issuer + tenant id + object id (never by e-mail), signs linked
/// people in, creates accounts for new people when self-registration is on, and applies the configured claim
/// mappings (roles, line manager, cost centre), each change recorded in the admin audit.
/// </summary>
public sealed class OrganisationAccounts(
    CpdLogDbContext db,
    CpdUserManager users,
    CpdSignInManager signIn,
    AdminAuditLog adminAudit,
    SecurityAudit audit,
    TimeProvider clock,
    IOptions<SsoOptions> options,
    IOptions<AccountOptions> accounts,
    IOptionsMonitor<OpenIdConnectOptions> oidc,
    CostCentreHoldings holdings)
{
    /// <summary>The actor named in the admin audit for changes that came from a provider's claims.</summary>
    public static string Actor(string provider) => $"organisation sign-in ({provider})";

    public bool SelfRegistration => accounts.Value.AllowSelfRegistration;

    public SsoProviderOptions? Provider(string key) => options.Value.Providers.GetValueOrDefault(key);

    public Task<ExternalLogin?> FindLinkAsync(OrganisationIdentity who) =>
        db.ExternalLogins.FirstOrDefaultAsync(l => l.Issuer == who.Issuer && l.TenantId == who.TenantId && l.ObjectId == who.ObjectId);

    public Task<List<ExternalLogin>> LinksOfAsync(string userId, CancellationToken ct = default) =>
        db.ExternalLogins.AsNoTracking().Where(l => l.UserId == userId).OrderBy(l => l.CreatedAt).ToListAsync(ct);

    /// <summary>Signs a person in through their link; refuses (and audits) a disabled or locked account.</summary>
    public async Task<OrganisationSignInOutcome> SignInAsync(OrganisationIdentity who)
    {
        var link = await FindLinkAsync(who);
        if (link is null)
        {
            return OrganisationSignInOutcome.NotLinked;
        }

        var user = await users.FindByIdAsync(link.UserId);
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            await audit.RecordAsync(SecurityEventKind.ExternalSignInRefused, user, who.Email,
                $"Organisation account ({who.Provider}) linked to an account that may not sign in (disabled or locked)");
            return OrganisationSignInOutcome.AccountRefused;
        }

        link.LastSignInAt = clock.GetUtcNow();
        link.LastEmailClaim = Truncate(who.Email, 256);
        await ApplyClaimsAsync(user, who);
        await db.SaveChangesAsync();
        await StartSessionAsync(user, who);
        return OrganisationSignInOutcome.SignedIn;
    }

    /// <summary>Links <paramref name="who"/> to <paramref name="user"/> (after they proved it) and signs them in.</summary>
    public async Task<OrganisationSignInOutcome> LinkProvedAndSignInAsync(CpdUser user, OrganisationIdentity who)
    {
        if (!await signIn.CanSignInAsync(user))
        {
            return OrganisationSignInOutcome.AccountRefused;
        }

        await AddLinkAsync(user, who.Provider, who.Issuer, who.TenantId, who.ObjectId, "proved local account", who.Email);
        return await SignInAsync(who);
    }

    /// <summary>Creates an account for a new person (self-registration must be on) and signs them in.</summary>
    public async Task<IdentityResult> CreateAndSignInAsync(OrganisationIdentity who)
    {
        if (!SelfRegistration)
        {
            return IdentityResult.Failed(new IdentityError { Code = "Closed", Description = "Ask an administrator to create your account or link your organisation account" });
        }

        if (string.IsNullOrWhiteSpace(who.Email) || !System.Net.Mail.MailAddress.TryCreate(who.Email, out _))
        {
            return IdentityResult.Failed(new IdentityError { Code = "NoEmail", Description = "Your organisation account has no e-mail address; ask an administrator to create your account" });
        }

        var user = new CpdUser
        {
            UserName = who.Email,
            Email = who.Email,
            DisplayName = string.IsNullOrWhiteSpace(who.Name) ? who.Email : who.Name.Trim(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return created;
        }

        await AddLinkAsync(user, who.Provider, who.Issuer, who.TenantId, who.ObjectId, "new account", who.Email);
        await SignInAsync(who);
        return IdentityResult.Success;
    }

    /// <summary>An Admin links an organisation account (tenant id + object id) of a configured provider to an account.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> AdminLinkAsync(string adminId, string userId, string providerKey, string tenantId, string objectId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var provider = Provider(providerKey);
        tenantId = tenantId.Trim();
        objectId = objectId.Trim();
        if (provider is null)
        {
            errors["provider"] = ["Choose a configured organisation sign-in provider"];
        }
        else if (!provider.AllowedTenantIds.Contains(tenantId, StringComparer.OrdinalIgnoreCase))
        {
            errors["tenantId"] = ["Enter one of the provider's allowed tenant ids"];
        }

        if (!Guid.TryParse(objectId, out _) && objectId.Length is 0 or > 64)
        {
            errors["objectId"] = ["Enter the person's object id (oid) from the organisation's directory"];
        }

        var user = await users.FindByIdAsync(userId);
        if (errors.Count > 0 || user is null)
        {
            return errors;
        }

        var issuer = await IssuerAsync(providerKey, tenantId, ct);
        if (await db.ExternalLogins.AnyAsync(l => l.Issuer == issuer && l.TenantId == tenantId && l.ObjectId == objectId, ct))
        {
            errors["objectId"] = ["That organisation account is already linked to an account; remove that link first"];
            return errors;
        }

        adminAudit.Record(adminId, "OrganisationAccountLinked", userId, "", $"{providerKey}: tenant {tenantId}, object {objectId}");
        await AddLinkAsync(user, providerKey.ToLowerInvariant(), issuer, tenantId, objectId, "linked by an administrator", null);
        return errors;
    }

    public async Task<bool> AdminUnlinkAsync(string adminId, string userId, Guid linkId, CancellationToken ct)
    {
        var link = await db.ExternalLogins.FirstOrDefaultAsync(l => l.Id == linkId && l.UserId == userId, ct);
        if (link is null)
        {
            return false;
        }

        db.ExternalLogins.Remove(link);
        adminAudit.Record(adminId, "OrganisationAccountUnlinked", userId, $"{link.Provider}: tenant {link.TenantId}, object {link.ObjectId}", "");
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(SecurityEventKind.ExternalLoginRemoved, await users.FindByIdAsync(userId), detail: $"{link.Provider}: removed by an administrator");
        return true;
    }

    /// <summary>The issuer the provider's tokens carry for <paramref name="tenantId"/> (from its discovery document).</summary>
    private async Task<string> IssuerAsync(string providerKey, string tenantId, CancellationToken ct)
    {
        var o = oidc.Get(SsoOptions.Scheme(providerKey));
        var configuration = o.ConfigurationManager is { } manager ? await manager.GetConfigurationAsync(ct) : o.Configuration;
        return (configuration?.Issuer ?? o.Authority ?? "").Replace("{tenantid}", tenantId, StringComparison.OrdinalIgnoreCase);
    }

    private async Task AddLinkAsync(CpdUser user, string provider, string issuer, string tenantId, string objectId, string how, string? email)
    {
        db.ExternalLogins.Add(new ExternalLogin
        {
            UserId = user.Id,
            Provider = provider,
            Issuer = issuer,
            TenantId = tenantId,
            ObjectId = objectId,
            LinkedBy = how,
            CreatedAt = clock.GetUtcNow(),
            LastEmailClaim = Truncate(email, 256),
        });
        await db.SaveChangesAsync();
        await audit.RecordAsync(SecurityEventKind.ExternalLoginLinked, user, detail: $"{provider}: {how}; tenant {tenantId}, object {objectId}");
    }

    /// <summary>Roles, line manager and cost centre from the claims, where configured; each change in the admin audit.</summary>
    private async Task ApplyClaimsAsync(CpdUser user, OrganisationIdentity who)
    {
        var provider = Provider(who.Provider);
        if (provider is null)
        {
            return;
        }

        var actor = Actor(who.Provider);
        if (provider.RoleMappings.Count > 0)
        {
            var managed = provider.RoleMappings.Values.Select(Canonical).Distinct().ToList();
            var granted = who.Roles.Where(provider.RoleMappings.ContainsKey).Select(r => Canonical(provider.RoleMappings[r])).Distinct().ToList();
            var current = (await users.GetRolesAsync(user)).Select(Canonical).ToList();
            var add = granted.Except(current).ToList();
            var remove = current.Intersect(managed).Except(granted).ToList();
            if (add.Count + remove.Count > 0)
            {
                var after = current.Except(remove).Concat(add).ToList();
                adminAudit.Record(actor, "RolesChanged", user.Id,
                    string.Join(", ", Roles.All.Where(current.Contains)), string.Join(", ", Roles.All.Where(after.Contains)));
                await users.RemoveFromRolesAsync(user, remove);
                await users.AddToRolesAsync(user, add);
                if (remove.Contains(Roles.BudgetHolder))
                {
                    // Without the role they hold no cost centre: each release is audited.
                    await holdings.ReleaseAllAsync(actor, user.Id, CancellationToken.None);
                }
            }
        }

        if (provider.LineManagerClaim is { Length: > 0 } && who.LineManagerObjectId is { } managerOid)
        {
            var managerId = await db.ExternalLogins.Where(l => l.Issuer == who.Issuer && l.TenantId == who.TenantId && l.ObjectId == managerOid)
                .Select(l => l.UserId).FirstOrDefaultAsync();
            var isLineManager = managerId is not null && managerId != user.Id
                && await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == managerId && r.Name == Roles.LineManager select ur).AnyAsync();
            if (isLineManager && managerId != user.LineManagerId && !await WouldLoopAsync(user.Id, managerId!))
            {
                var names = await db.Users.AsNoTracking().Where(u => u.Id == user.LineManagerId || u.Id == managerId).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id);
                adminAudit.Record(actor, "LineManagerChanged", user.Id,
                    user.LineManagerId is null ? "none" : names.GetValueOrDefault(user.LineManagerId, user.LineManagerId), names.GetValueOrDefault(managerId!, managerId!));
                user.LineManagerId = managerId;
                await users.UpdateAsync(user);
            }
        }

        if (provider.CostCentreClaim is { Length: > 0 } && who.CostCentre is { Length: > 0 and <= CostCentreHoldings.MaxCostCentreLength } costCentre
            && costCentre != user.CostCentre)
        {
            adminAudit.Record(actor, "CostCentreChanged", user.Id, user.CostCentre ?? "none", costCentre);
            user.CostCentre = costCentre;
            await users.UpdateAsync(user);
        }
    }

    private async Task<bool> WouldLoopAsync(string userId, string managerId)
    {
        var managers = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.LineManagerId);
        var seen = new HashSet<string>();
        for (var current = managerId; current is not null && seen.Add(current); current = managers.GetValueOrDefault(current))
        {
            if (current == userId)
            {
                return true;
            }
        }

        return false;
    }

    private async Task StartSessionAsync(CpdUser user, OrganisationIdentity who)
    {
        var properties = new AuthenticationProperties();
        properties.Items[SsoClaims.SessionProviderItem] = who.Provider;
        if (!string.IsNullOrEmpty(who.IdToken))
        {
            properties.Items[SsoClaims.IdTokenItem] = who.IdToken;
        }

        await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInWithClaimsAsync(user, properties, [new System.Security.Claims.Claim("amr", "external")]);
        await audit.RecordAsync(SecurityEventKind.SignedIn, user, detail: $"Organisation account ({who.Provider})");
    }

    private static string Canonical(string role) => Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase)) ?? role;

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
