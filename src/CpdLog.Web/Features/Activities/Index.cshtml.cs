namespace CpdLog.Web.Features.Activities;

using System.Diagnostics.CodeAnalysis;
using AutoMapper;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Features.Shared.TagHelpers;

/// <summary>
/// The CPD log: one page of the user's activities, searched and filtered (text in the title or description, end date
/// range, activity type, tag, private or not, counts toward a registration's current cycle), with totals over every
/// matching activity. The filters are a GET form, so they stay in the query string and every page link keeps them.
/// </summary>
public sealed class IndexModel(CpdLogDbContext db, IMapper mapper, BodyDirectory bodies, TimeProvider clock)
    : RecordIndexPageModel<CpdActivity, ActivityDto>(db, mapper)
{
    public const int MaxSearchLength = 200;

    private bool? _private;

    /// <summary>Words to find in the title or description.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "From date")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "To date")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActivityType? ActivityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    /// <summary>"True": private activities only; "False": not private; empty: both. (Text, so a wrong value gets a select's message.)</summary>
    [BindProperty(SupportsGet = true)]
    public string? Private { get; set; }

    /// <summary>One of the user's registrations: only activities that count toward its current cycle.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? CountsToward { get; set; }

    /// <summary>The current cycle of <see cref="CountsToward"/>, once found.</summary>
    public CpdCycle? Cycle { get; private set; }

    public IReadOnlyList<SelectListItem> Registrations { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> ActivityTypes { get; } =
        [new("Any type", ""), .. Enum.GetValues<ActivityType>().Select(t => new SelectListItem(Humanise.Words(t), t.ToString()))];

    public static IReadOnlyList<SelectListItem> PrivateChoices { get; } =
        [new("Private or not", ""), new("Private only", "True"), new("Not private", "False")];

    /// <summary>Totals count completed activities only (planned learning has not happened yet), over every page.</summary>
    public decimal TotalHours { get; private set; }

    public decimal TotalParticipatoryHours { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || From is not null || To is not null || ActivityType is not null
        || !string.IsNullOrWhiteSpace(Tag) || _private is not null || CountsToward is not null;

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ReplaceFilterBindingErrors();
        if (!string.IsNullOrEmpty(Private))
        {
            if (bool.TryParse(Private, out var isPrivate))
            {
                _private = isPrivate;
            }
            else
            {
                ModelState.AddModelError(nameof(Private), "Select an option from the list");
            }
        }

        Search = Search?.Trim();
        Tag = Tag?.Trim();
        if (Search is { Length: > MaxSearchLength })
        {
            ModelState.AddModelError(nameof(Search), $"Search words must be {MaxSearchLength} characters or fewer");
            Search = null;
        }

        if (Tag is { Length: > 0 } tag && (tag.Contains(',', StringComparison.Ordinal) || tag.Length > 100))
        {
            ModelState.AddModelError(nameof(Tag), "Enter one tag, without commas");
            Tag = null;
        }

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The ‘to’ date must be the same as or after the ‘from’ date");
            To = null;
        }

        await LoadRegistrationsAsync(ct);
        return await base.OnGetAsync(ct);
    }

    /// <summary>The count of matching activities and the totals of the completed ones, in one query.</summary>
    protected override async Task<int> CountAsync(IQueryable<CpdActivity> filtered, CancellationToken ct)
    {
        var totals = await filtered
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Hours = g.Sum(a => a.Status == ActivityStatus.Completed ? a.Hours : 0m),
                Participatory = g.Sum(a => a.Status == ActivityStatus.Completed ? a.ParticipatoryHours : 0m),
            })
            .ToListAsync(ct);
        TotalHours = totals.Sum(t => t.Hours);
        TotalParticipatoryHours = totals.Sum(t => t.Participatory);
        return totals.Sum(t => t.Count);
    }

    /// <summary>What the log's rows show: no descriptions, relevance or outcomes (they are most of an activity's bytes).</summary>
    protected override IQueryable<CpdActivity> Shown(IQueryable<CpdActivity> page) => page.Select(a => new CpdActivity
    {
        Id = a.Id,
        OwnerId = a.OwnerId,
        Number = a.Number,
        Title = a.Title,
        StartDate = a.StartDate,
        EndDate = a.EndDate,
        Hours = a.Hours,
        ParticipatoryHours = a.ParticipatoryHours,
        Method = a.Method,
        ActivityType = a.ActivityType,
        Status = a.Status,
        CodeThemes = a.CodeThemes,
        IsPrivate = a.IsPrivate,
        Tags = a.Tags,
        CreatedAt = a.CreatedAt,
        UpdatedAt = a.UpdatedAt,
    });

    /// <summary>
    /// An activity is in the date range when it ended inside it (the date that places it in a cycle). "Counts toward"
    /// applies the compliance rules' own test: completed, ended inside the registration's current cycle and not after today.
    /// </summary>
    [SuppressMessage("Globalization", "CA1304:Specify CultureInfo", Justification = "An EF Core query: string.ToLower() becomes SQL lower(); the culture overloads do not translate.")]
    [SuppressMessage("Globalization", "CA1311:Specify a culture or use an invariant version", Justification = "An EF Core query: string.ToLower() becomes SQL lower(); the culture overloads do not translate.")]
    [SuppressMessage("Performance", "CA1862:Use the 'StringComparison' method overloads to perform case-insensitive string comparisons", Justification = "An EF Core query: Contains(string, StringComparison) does not translate to SQL.")]
    protected override IQueryable<CpdActivity> Filter(IQueryable<CpdActivity> records)
    {
        if (Search is { Length: > 0 } search)
        {
            var words = search.ToLowerInvariant();
            records = records.Where(a => a.Title.ToLower().Contains(words) || a.Description.ToLower().Contains(words));
        }

        if (From is { } from)
        {
            records = records.Where(a => a.EndDate >= from);
        }

        if (To is { } to)
        {
            records = records.Where(a => a.EndDate <= to);
        }

        if (ActivityType is { } type)
        {
            records = records.Where(a => a.ActivityType == type);
        }

        if (Tag is { Length: > 0 } tag)
        {
            var needle = ", " + tag.ToLowerInvariant() + ",";
            records = records.Where(a => (", " + a.Tags.ToLower() + ",").Contains(needle));
        }

        if (_private is { } isPrivate)
        {
            records = records.Where(a => a.IsPrivate == isPrivate);
        }

        if (Cycle is { } cycle)
        {
            var today = clock.UkToday();
            var end = cycle.End < today ? cycle.End : today;
            records = records.Where(a => a.Status == ActivityStatus.Completed && a.EndDate >= cycle.Start && a.EndDate <= end);
        }

        return records;
    }

    /// <summary>The user's registrations for the "counts toward" list, and the chosen one's current cycle.</summary>
    private async Task LoadRegistrationsAsync(CancellationToken ct)
    {
        var registrations = await Db.Registrations.OwnedBy(User.UserId()).AsNoTracking().OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var custom = await bodies.CustomForAsync(registrations, ct);
        Registrations =
        [
            new("Any registration", ""),
            .. registrations.Select(r => new SelectListItem(
                BodyDirectory.NameOf(r, custom) + (r.RegistrationNumber.Length > 0 ? " " + r.RegistrationNumber : ""), r.Id.ToString())),
        ];
        if (CountsToward is not { } id)
        {
            return;
        }

        var chosen = registrations.FirstOrDefault(r => r.Id == id);
        var today = clock.UkToday();
        if (chosen is null || BodyDirectory.Resolve(chosen, custom, today) is not { } rules)
        {
            ModelState.AddModelError(nameof(CountsToward), "Select one of your registrations");
            CountsToward = null;
            return;
        }

        Cycle = rules.GetCycle(chosen.AnchorDate, chosen.Options, today);
    }

    private void ReplaceFilterBindingErrors()
    {
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count == 0 || key is nameof(From) or nameof(To))
            {
                continue; // the date boxes' own message says which part is missing or wrong
            }

            entry.Errors.Clear();
            switch (key)
            {
                case nameof(ActivityType):
                    entry.Errors.Add("Select an activity type from the list");
                    ActivityType = null;
                    break;
                case nameof(CountsToward):
                    entry.Errors.Add("Select one of your registrations");
                    CountsToward = null;
                    break;
                default:
                    entry.Errors.Add("Select an option from the list");
                    break;
            }
        }
    }
}
