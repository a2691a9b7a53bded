namespace CpdLog.Web.Features.Admin;

/// <summary>Accounts at a glance. Shows no record content: Admins manage people, not their CPD.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(UserAdministration users) : PageModel
{
    public IReadOnlyList<AdminUser> Users { get; private set; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    /// <summary>Part of a name or e-mail address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = Search?.Trim();
        if (Search is { Length: > PeopleSearch.MaxLength })
        {
            ModelState.AddModelError(nameof(Search), $"Search words must be {PeopleSearch.MaxLength} characters or fewer");
            Search = null;
        }

        var page = await users.ListAsync(Search, PageRequest.ParseOrFirst(Request.Query), clampToLast: true, ct);
        Users = page;
        Pager = Pager.For(Request, page, "account", "accounts");
    }
}
