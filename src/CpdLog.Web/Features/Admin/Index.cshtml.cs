namespace CpdLog.Web.Features.Admin;

using CpdLog.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Accounts at a glance. Shows no record content: Admins manage people, not their CPD.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(UserAdministration users) : PageModel
{
    public IReadOnlyList<AdminUser> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);
}
