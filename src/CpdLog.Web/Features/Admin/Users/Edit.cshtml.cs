namespace CpdLog.Web.Features.Admin.Users;

using CpdLog.Web.Infrastructure.Sso;

/// <summary>Roles, line manager, cost centre, FTE and the disabled flag of one account.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(UserAdministration users, OrganisationAccounts organisation, IOptions<SsoOptions> sso) : PageModel
{
    [BindProperty]
    public LinkInputModel Link { get; set; } = new();

    /// <summary>Organisation accounts linked to this account (issuer + tenant + object id).</summary>
    public IReadOnlyList<ExternalLogin> Links { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Providers =>
        [.. sso.Value.Providers.Select(p => new SelectListItem(p.Value.DisplayName, p.Key.ToLowerInvariant()))];

    /// <summary>Links an organisation account by its tenant and object id (the person need not prove anything).</summary>
    public async Task<IActionResult> OnPostLinkAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = ToInput(Account);
        var errors = await organisation.AdminLinkAsync(User.UserId(), id, Link.Provider ?? "", Link.TenantId ?? "", Link.ObjectId ?? "", ct);
        if (errors.Count > 0)
        {
            ModelState.Clear();
            foreach (var (key, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError("Link." + char.ToUpperInvariant(key[0]) + key[1..], message);
                }
            }

            return Page();
        }

        TempData["Success"] = $"Organisation account linked to {Account.DisplayName}'s account";
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string id, Guid linkId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !await organisation.AdminUnlinkAsync(User.UserId(), id, linkId, ct))
        {
            return NotFound();
        }

        TempData["Success"] = "Organisation account link removed";
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    /// <summary>E-mails a new set-password link to an account whose person has not set a password yet.</summary>
    public async Task<IActionResult> OnPostSendLinkAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || await users.SendSetPasswordLinkAsync(id, ct) is not { } errors)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            Input = ToInput(Account);
            ModelState.Clear();
            AdminForms.AddErrors(ModelState, errors);
            return Page();
        }

        TempData["Success"] = $"We have emailed a new link to {Account.Email} so {Account.DisplayName} can set their password";
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AdminUser Account { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> LineManagers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = ToInput(Account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!decimal.TryParse(Input.Fte, NumberStyles.Number, CultureInfo.InvariantCulture, out var fte))
        {
            ModelState.AddModelError("Input.Fte", "Enter FTE as a number, for example 0.8");
            return Page();
        }

        var result = await users.UpdateAsync(User.UserId(), id, new UpdateUserRequest
        {
            DisplayName = Input.DisplayName,
            JobTitle = Input.JobTitle ?? "",
            Roles = Input.Roles,
            LineManagerId = Input.LineManagerId ?? "",
            CostCentre = Input.CostCentre ?? "",
            Fte = fte,
            IsDisabled = Input.IsDisabled,
        }, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            AdminForms.AddErrors(ModelState, result.Errors);
            return Page();
        }

        TempData["Success"] = $"{result.User!.DisplayName}'s account updated";
        return RedirectToPage("/Admin/Index");
    }

    private static InputModel ToInput(AdminUser account) => new()
    {
        DisplayName = account.DisplayName,
        JobTitle = account.JobTitle,
        Roles = [.. account.Roles],
        LineManagerId = account.LineManagerId ?? "",
        CostCentre = account.CostCentre ?? "",
        Fte = account.Fte.ToString("0.##", CultureInfo.InvariantCulture),
        IsDisabled = account.IsDisabled,
    };

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var account = await users.FindAsync(id, ct);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Links = await organisation.LinksOfAsync(id, ct);
        LineManagers =
        [
            new SelectListItem("No line manager", ""),
            .. (await users.InRoleAsync(Data.Roles.LineManager, ct)).Where(u => u.Id != id && u.Id != User.UserId()).Select(u => new SelectListItem(PeopleSearch.Label(u), u.Id)),
        ];
        return true;
    }

    public sealed class LinkInputModel
    {
        [Display(Name = "Organisation sign-in")]
        public string? Provider { get; set; }

        [Display(Name = "Tenant id")]
        public string? TenantId { get; set; }

        [Display(Name = "Object id")]
        public string? ObjectId { get; set; }
    }

    public sealed class InputModel
    {
        [Display(Name = "Full name")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "Job title")]
        public string? JobTitle { get; set; }

        public List<string> Roles { get; set; } = [];

        [Display(Name = "Line manager")]
        public string? LineManagerId { get; set; }

        [Display(Name = "Cost centre")]
        public string? CostCentre { get; set; }

        [Display(Name = "Contracted hours as FTE")]
        public string Fte { get; set; } = "1";

        [Display(Name = "Disable this account")]
        public bool IsDisabled { get; set; }
    }
}
