namespace CpdLog.Web.Features.Team;

using CpdLog.Web.Features.Funding;

/// <summary>The line manager's queue of decisions, and their out-of-office delegate.</summary>
[Authorize(Policy = Policies.LineManager)]
public sealed class IndexModel(FundingQueries queries, FundingCalendar calendar, DelegationService delegations) : PageModel
{
    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public Pager QueuePager { get; private set; } = Pager.Empty;

    /// <summary>The page parameter of the delegations list (the queue uses <c>page</c>).</summary>
    public const string DelegationsPageKey = "delegationsPage";

    /// <summary>Up to this many line managers are offered in a list; beyond it the page asks for a search first.</summary>
    public const int ColleagueChoiceLimit = 50;

    public IReadOnlyList<(ApprovalDelegation Delegation, string Name)> Delegations { get; private set; } = [];

    public Pager DelegationsPager { get; private set; } = Pager.Empty;

    public List<SelectListItem> Colleagues { get; private set; } = [];

    /// <summary>How many line managers match <see cref="ColleagueSearch"/> (all of them when it is blank).</summary>
    public int ColleagueCount { get; private set; }

    /// <summary>Part of a line manager's name or e-mail address, when there are too many to list.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ColleagueSearch { get; set; }

    [BindProperty]
    public string? DelegateId { get; set; }

    [BindProperty]
    [Display(Name = "The first day")]
    public DateOnly From { get; set; }

    [BindProperty]
    [Display(Name = "The last day")]
    public DateOnly To { get; set; }

    public async Task OnGetAsync()
    {
        From = calendar.Today;
        To = calendar.Today.AddDays(14);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostDelegateAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var (_, check) = await delegations.CreateAsync(User.UserId(), DelegateId, From, To, HttpContext.RequestAborted);
        if (!check.Succeeded)
        {
            ModelState.AddRefusal(check.Refusal!, prefix: "");
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Delegate named.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndDelegationAsync(Guid delegationId) =>
        await delegations.EndAsync(User.UserId(), delegationId, HttpContext.RequestAborted) ? RedirectToPage() : NotFound();

    private async Task LoadAsync()
    {
        var queue = (await queries.QueueAsync(User, HttpContext.RequestAborted)).ToShownPage(PageRequest.ParseOrFirst(Request.Query));
        Queue = queue;
        QueuePager = Pager.For(Request, queue, "request", "requests");
        var me = User.UserId();
        var ct = HttpContext.RequestAborted;
        var mine = (await delegations.ListAsync(me, ct))
            .Where(v => v.Delegation.LineManagerId == me)
            .Select(v => (v.Delegation, v.DelegateName))
            .ToList()
            .ToShownPage(PageRequest.ParseOrFirst(Request.Query, DelegationsPageKey));
        Delegations = mine;
        DelegationsPager = Pager.For(Request, mine, "delegation", "delegations", DelegationsPageKey);
        ColleagueSearch = ColleagueSearch?.Trim();
        if (ColleagueSearch is { Length: > PeopleSearch.MaxLength })
        {
            ModelState.AddModelError(nameof(ColleagueSearch), $"Search words must be {PeopleSearch.MaxLength} characters or fewer");
            ColleagueSearch = null;
        }

        var colleagues = delegations.OtherLineManagers(me).Distinct().Matching(ColleagueSearch);
        ColleagueCount = await colleagues.CountAsync(ct);
        Colleagues = [new SelectListItem("Choose a line manager", ""), .. (await colleagues.InNameOrder().Take(ColleagueChoiceLimit).ToListAsync(ct))
            .Select(u => new SelectListItem(PeopleSearch.Label(u), u.Id))];
    }
}
