namespace CpdLog.Web.Features.Admin;

/// <summary>Creates accounts and sets roles, line managers, cost centres, FTE and the disabled flag.</summary>
public sealed class UserAdministration(CpdLogDbContext db, CpdUserManager users, AdminAuditLog audit, CostCentreHoldings holdings, PasswordLinks links)
{
    /// <summary>
    /// One page of accounts in name order, only those whose name or e-mail contains <paramref name="search"/> when it
    /// is given. Roles and line managers' names are read for that page's accounts only. <paramref name="clampToLast"/>:
    /// a page after the last shows the last (list pages); the API returns an empty page instead.
    /// </summary>
    public async Task<PagedList<AdminUser>> ListAsync(string? search, PageRequest page, bool clampToLast, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking().Matching(search).InNameOrder();
        var accounts = clampToLast ? await query.ToShownPageAsync(page, ct) : await query.ToPagedListAsync(page, ct);
        return new PagedList<AdminUser>(await DescribeAsync(accounts, ct), accounts.Request, accounts.TotalCount);
    }

    /// <summary>Active accounts holding <paramref name="role"/>, in name order.</summary>
    public async Task<IReadOnlyList<CpdUser>> InRoleAsync(string role, CancellationToken ct = default) =>
        await (from u in db.Users.AsNoTracking()
               join ur in db.UserRoles on u.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               where r.Name == role && !u.IsDisabled
               orderby u.DisplayName, u.Id
               select u).ToListAsync(ct);

    public async Task<AdminUser?> FindAsync(string id, CancellationToken ct = default) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) is { } account
            ? (await DescribeAsync([account], ct))[0]
            : null;

    private async Task<List<AdminUser>> DescribeAsync(IReadOnlyList<CpdUser> accounts, CancellationToken ct)
    {
        var ids = accounts.Select(u => u.Id).ToList();
        var managerIds = accounts.Where(u => u.LineManagerId is not null).Select(u => u.LineManagerId!).Distinct().ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!);
        var names = await db.Users.Where(u => managerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return [.. accounts.Select(u => ToAdminUser(
            u,
            [.. roles[u.Id].OrderBy(Order)],
            u.LineManagerId is null ? null : names.GetValueOrDefault(u.LineManagerId)))];
    }

    public async Task<AdminResult> CreateAsync(CreateUserRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.DisplayName?.Trim() ?? "";
        var email = request.Email?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors["displayName"] = ["Enter the person's full name (100 characters or fewer)"];
        }

        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            errors["email"] = ["Enter an email address in the correct format, like name@example.nhs.uk"];
        }

        CheckRoles(request.Roles, errors);
        if (errors.Count > 0)
        {
            return new AdminResult(null, errors);
        }

        var user = new CpdUser
        {
            UserName = email,
            Email = email,
            // Confirmed when they set their password from the e-mailed link.
            EmailConfirmed = false,
            DisplayName = name,
            JobTitle = request.JobTitle?.Trim() ?? "",
        };
        // No password: the person sets their own from an e-mailed, single-use, time-limited link (PasswordLinks).
        var made = await users.CreateAsync(user);
        if (!made.Succeeded)
        {
            foreach (var error in made.Errors)
            {
                const string field = "email";
                errors[field] = [.. errors.GetValueOrDefault(field, []), error.Description];
            }

            return new AdminResult(null, errors);
        }

        if (request.Roles is { Count: > 0 } roles)
        {
            await users.AddToRolesAsync(user, roles.Where(r => r != Roles.Manager).Select(Canonical).Distinct());
        }

        var created = await FindAsync(user.Id, ct);
        audit.RecordByCurrentUser("AccountCreated", user.Id, "", $"{email}; roles {string.Join(", ", created!.Roles)}; set-password link e-mailed");
        await db.SaveChangesAsync(ct);
        await links.SendWelcomeAsync(user, "account created by an administrator");
        return new AdminResult(created, errors);
    }

    /// <summary>
    /// E-mails a new set-password link to an account that has no password yet (the first link expired or was lost).
    /// Null when there is no such account; otherwise the errors, keyed by field, that stopped it (none when sent).
    /// </summary>
    public async Task<Dictionary<string, string[]>?> SendSetPasswordLinkAsync(string id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        if (user.IsDisabled)
        {
            return new() { [""] = ["This account is disabled: enable it before sending a set-password link"] };
        }

        if (await users.HasPasswordAsync(user))
        {
            return new() { [""] = [$"{user.DisplayName} has already set a password: if they have forgotten it, they can reset it from the sign-in page"] };
        }

        audit.RecordByCurrentUser("SetPasswordLinkSent", user.Id, "", user.Email ?? "");
        await db.SaveChangesAsync(ct);
        await links.SendWelcomeAsync(user, "new link sent by an administrator");
        return [];
    }

    /// <summary>Null when there is no such account.</summary>
    public async Task<AdminResult?> UpdateAsync(string actingAdminId, string id, UpdateUserRequest request, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        if (request.DisplayName is not null && request.DisplayName.Trim().Length is 0 or > 100)
        {
            errors["displayName"] = ["Enter the person's full name (100 characters or fewer)"];
        }

        CheckRoles(request.Roles, errors);
        var currentRoles = (await users.GetRolesAsync(user)).Select(Canonical).ToList();
        var wantedRoles = request.Roles is null || errors.ContainsKey("roles")
            ? currentRoles
            : request.Roles.Select(Canonical).Append(Roles.Manager).Distinct().ToList();
        var rolesChange = !wantedRoles.ToHashSet().SetEquals(currentRoles.Append(Roles.Manager));
        if (id == actingAdminId && rolesChange)
        {
            errors["roles"] = ["You cannot change your own roles; ask another administrator"];
        }

        if (id == actingAdminId && request.IsDisabled == true)
        {
            errors["isDisabled"] = ["You cannot disable your own account"];
        }

        if (request.Fte is < 0.01m or > 1m)
        {
            errors["fte"] = ["FTE must be between 0.01 and 1, for example 0.8"];
        }

        var costCentre = request.CostCentre is null ? user.CostCentre : request.CostCentre.Trim() is "" ? null : request.CostCentre.Trim();
        if (request.CostCentre is { Length: > CostCentreHoldings.MaxCostCentreLength })
        {
            errors["costCentre"] = ["Cost centre must be 20 characters or fewer"];
        }
        else if (id == actingAdminId && costCentre != user.CostCentre)
        {
            errors["costCentre"] = ["You cannot change your own cost centre; ask another administrator"];
        }

        var lineManagerId = request.LineManagerId is null ? user.LineManagerId : request.LineManagerId.Trim() is "" ? null : request.LineManagerId.Trim();
        if (lineManagerId != user.LineManagerId && lineManagerId is not null && await LineManagerProblemAsync(actingAdminId, id, lineManagerId, ct) is { } problem)
        {
            errors["lineManagerId"] = [problem];
        }

        if (rolesChange && currentRoles.Contains(Roles.LineManager) && !wantedRoles.Contains(Roles.LineManager)
            && await db.Users.CountAsync(u => u.LineManagerId == id, ct) is > 0 and var reports)
        {
            errors["roles"] = [$"They still line-manage {reports} {(reports == 1 ? "person" : "people")}: choose new line managers for them before removing the line manager role"];
        }

        if (errors.Count > 0)
        {
            return new AdminResult(null, errors);
        }

        var before = await FindAsync(id, ct);
        var names = await db.Users.AsNoTracking().Where(u => u.Id == user.LineManagerId || u.Id == lineManagerId)
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, ct);
        string Manager(string? managerId) => managerId is null ? "none" : names.GetValueOrDefault(managerId, managerId);
        void Changed<T>(string kind, T was, T now, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(was, now))
            {
                audit.Record(actingAdminId, kind, id, show(was), show(now));
            }
        }

        var name = request.DisplayName?.Trim() ?? user.DisplayName;
        var jobTitle = request.JobTitle?.Trim() ?? user.JobTitle;
        Changed("DetailsChanged", (user.DisplayName, user.JobTitle), (name, jobTitle), v => $"{v.Item1}; {v.Item2}");
        Changed("LineManagerChanged", user.LineManagerId, lineManagerId, Manager);
        Changed("CostCentreChanged", user.CostCentre, costCentre, v => v ?? "none");
        Changed("FteChanged", user.Fte, request.Fte ?? user.Fte, v => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        Changed("AccountDisabled", user.IsDisabled, request.IsDisabled ?? user.IsDisabled, v => v ? "disabled" : "enabled");
        if (rolesChange)
        {
            audit.Record(actingAdminId, "RolesChanged", id, string.Join(", ", before!.Roles), string.Join(", ", Roles.All.Where(wantedRoles.Contains)));
        }

        user.DisplayName = name;
        user.JobTitle = jobTitle;
        user.LineManagerId = lineManagerId;
        user.CostCentre = costCentre;
        user.Fte = request.Fte ?? user.Fte;
        var disabling = request.IsDisabled == true && !user.IsDisabled;
        user.IsDisabled = request.IsDisabled ?? user.IsDisabled;
        await users.UpdateAsync(user);
        if (disabling)
        {
            // A new stamp ends the user's sessions and refresh tokens.
            await users.UpdateSecurityStampAsync(user);
        }

        if (rolesChange)
        {
            await users.RemoveFromRolesAsync(user, currentRoles.Except(wantedRoles));
            await users.AddToRolesAsync(user, wantedRoles.Except(currentRoles));
            if (!wantedRoles.Contains(Roles.BudgetHolder))
            {
                // Without the role they hold no cost centre: each release is audited.
                await holdings.ReleaseAllAsync(actingAdminId, id, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        return new AdminResult(await FindAsync(id, ct), errors);
    }

    /// <summary>Why <paramref name="managerId"/> cannot manage <paramref name="userId"/>, or null when they can.</summary>
    private async Task<string?> LineManagerProblemAsync(string actingAdminId, string userId, string managerId, CancellationToken ct)
    {
        if (managerId == userId)
        {
            return "A person cannot be their own line manager";
        }

        var managers = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.LineManagerId, ct);
        if (!managers.ContainsKey(managerId))
        {
            return "Choose a line manager from the list of accounts";
        }

        if (managerId == actingAdminId)
        {
            return "You cannot make yourself someone's line manager; ask another administrator";
        }

        var isLineManager = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                   where ur.UserId == managerId && r.Name == Roles.LineManager select ur).AnyAsync(ct);
        if (!isLineManager)
        {
            return "Choose someone with the line manager role (give them the role first)";
        }

        // Walk up from the proposed manager: meeting the user again would make a loop.
        var seen = new HashSet<string>();
        for (var current = managerId; current is not null && seen.Add(current); current = managers.GetValueOrDefault(current))
        {
            if (current == userId)
            {
                return "That would make a loop: this person already manages the chosen line manager, directly or through others";
            }
        }

        return null;
    }

    private static void CheckRoles(IReadOnlyList<string>? roles, Dictionary<string, string[]> errors)
    {
        var unknown = roles?.Where(r => !Roles.All.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            errors["roles"] = [$"Unknown role {string.Join(", ", unknown)}; roles are {string.Join(", ", Roles.All)}"];
        }
    }

    private static string Canonical(string role) => Roles.All.First(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));

    private static int Order(string role) => Roles.All.ToList().IndexOf(role);

    private static AdminUser ToAdminUser(CpdUser u, IReadOnlyList<string> roles, string? lineManagerName) => new(
        u.Id, u.DisplayName, u.Email ?? "", u.JobTitle, roles, u.LineManagerId, lineManagerName, u.CostCentre, u.Fte, u.IsDisabled,
        u.TwoFactorEnabled, u.CreatedAt, u.PasswordHash is not null);
}
