namespace CpdLog.Web.Features.FundingAdmin;

using CpdLog.Web.Features.Funding;

/// <summary>HR/Admin leaver statement: every agreement of one person, repayable for a leaving date and reason (waivers applied).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class LeaversModel(CpdLogDbContext db, FundingCalendar calendar, FundingAdminService admin, Leaving.LeaverErasure leavers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? LeavingDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public LeavingReason Reason { get; set; } = LeavingReason.Resignation;

    /// <summary>Part of the person's name or e-mail address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public List<LeaverLine> Lines { get; private set; } = [];

    /// <summary>The chosen person; null until one is chosen.</summary>
    public CpdUser? Person { get; private set; }

    /// <summary>One page of the people matching <see cref="Search"/>, to choose from.</summary>
    public IReadOnlyList<CpdUser> Matches { get; private set; } = [];

    public Pager MatchesPager { get; private set; } = Pager.Empty;

    /// <summary>The day the chosen person's CPD record is (or was) erased, when their leaving is recorded.</summary>
    public DateOnly? ErasureDue { get; private set; }

    /// <summary>
    /// Records that the chosen person left on <see cref="LeavingDate"/> (or, with <paramref name="withdraw"/>, that
    /// they did not leave after all): their CPD record is then erased on request or after the retention period.
    /// </summary>
    public async Task<IActionResult> OnPostRecordLeavingAsync(bool withdraw, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(UserId) || (!withdraw && LeavingDate is null))
        {
            ModelState.AddModelError(nameof(LeavingDate), "Enter the leaving date");
            await OnGetAsync(ct);
            return Page();
        }

        var errors = await leavers.RecordLeavingAsync(Infrastructure.CurrentUser.UserId(User), UserId, withdraw ? null : LeavingDate, ct);
        if (errors.Count > 0)
        {
            ModelState.AddModelError(nameof(LeavingDate), errors.Values.First());
            await OnGetAsync(ct);
            return Page();
        }

        return RedirectToPage(new { UserId, LeavingDate = LeavingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Reason });
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        LeavingDate ??= calendar.Today;
        Search = Search?.Trim();
        if (Search is { Length: > PeopleSearch.MaxLength })
        {
            ModelState.AddModelError(nameof(Search), $"Search words must be {PeopleSearch.MaxLength} characters or fewer");
            Search = null;
        }

        if (!string.IsNullOrEmpty(UserId))
        {
            Person = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == UserId, ct);
            if (Person is null)
            {
                ModelState.AddModelError(nameof(Search), "Search for the person again and choose them from the list");
                UserId = null;
            }
            else
            {
                Lines = await admin.LeaverStatementAsync(UserId, LeavingDate.Value, Reason, ct);
                ErasureDue = Person.LeftOn is { } left ? leavers.ErasureDue(left) : null;
                return;
            }
        }

        if (!string.IsNullOrEmpty(Search))
        {
            var page = await db.Users.AsNoTracking().Matching(Search).InNameOrder().ToShownPageAsync(PageRequest.ParseOrFirst(Request.Query), ct);
            Matches = page;
            MatchesPager = Pager.For(Request, page, "person", "people");
        }
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (string.IsNullOrEmpty(UserId))
        {
            return BadRequest();
        }

        var date = LeavingDate ?? calendar.Today;
        var lines = await admin.LeaverStatementAsync(UserId, date, Reason, HttpContext.RequestAborted);
        var csv = FundingAdminService.LeaverCsv(lines, date, Reason);
        return CsvDownload.File(csv, $"leaver-statement-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }
}
