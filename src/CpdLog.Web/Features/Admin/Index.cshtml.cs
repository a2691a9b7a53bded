namespace CpdLog.Web.Features.Admin;

using CpdLog.Web.Api.Paging;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Accounts at a glance. Shows no record content: Admins manage people, not their CPD.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(UserAdministration users) : PageModel
{
    public IReadOnlyList<AdminUser> Users { get; private set; } = [];

    public Pager Pager { get; private set; } = new(1, PageRequest.DefaultPageSize, 0, _ => "");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = (await users.ListAsync(ct)).ToShownPage(PageRequest.ParseOrFirst(Request.Query));
        Users = page;
        Pager = Pager.For(Request, page, "account", "accounts");
    }
}
