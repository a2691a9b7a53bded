namespace CpdLog.Web.Features.Admin.Users;

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CpdLog.Web.Authorization;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

/// <summary>Roles, line manager, cost centre, FTE and the disabled flag of one account.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(UserAdministration users) : PageModel
{
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

        Input = new InputModel
        {
            DisplayName = Account.DisplayName,
            JobTitle = Account.JobTitle,
            Roles = [.. Account.Roles],
            LineManagerId = Account.LineManagerId ?? "",
            CostCentre = Account.CostCentre ?? "",
            Fte = Account.Fte.ToString("0.##", CultureInfo.InvariantCulture),
            IsDisabled = Account.IsDisabled,
        };
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
        return Redirect("/Admin");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var all = await users.ListAsync(ct);
        var account = all.FirstOrDefault(u => u.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        LineManagers =
        [
            new SelectListItem("No line manager", ""),
            .. all.Where(u => u.Id != id && !u.IsDisabled && u.Roles.Contains(Data.Roles.LineManager) && u.Id != User.UserId()).Select(u => new SelectListItem($"{u.DisplayName} ({u.Email})", u.Id)),
        ];
        return true;
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
