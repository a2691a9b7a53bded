namespace CpdLog.Web.Features.Portfolio;

/// <summary>Choose a registration, period and sections; download the PDF; edit the HCPC profile texts; see what was issued.</summary>
public sealed class IndexModel(
    CpdLogDbContext db,
    PortfolioService portfolios,
    PublicAddress address,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public DownloadForm Input { get; set; } = new();

    [BindProperty]
    public TextsForm Texts { get; set; } = new();

    public IReadOnlyList<SelectListItem> RegistrationItems { get; private set; } = [];

    public PortfolioChoices? Choices { get; private set; }

    public IReadOnlyList<IssuedPortfolio> Issued { get; private set; } = [];

    public Pager IssuedPager { get; private set; } = Pager.Empty;

    public bool HasRegistrations => RegistrationItems.Count > 0;

    /// <summary>Characters of the default portfolio that no installed font can draw: shown before the user generates it.</summary>
    public IReadOnlyList<string> Undrawable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? registrationId, CancellationToken ct)
    {
        await LoadAsync(registrationId, ct);
        if (Choices is { } c)
        {
            Input = new DownloadForm
            {
                RegistrationId = c.Registration.Id,
                From = c.DefaultPeriod.From,
                To = c.DefaultPeriod.To,
                Sections = c.DefaultSections.ToList(),
            };
            await LoadTextsAsync(c.Registration.Id, ct);
            var preview = await portfolios.PlanAsync(User.UserId(),
                new PortfolioRequest(c.Registration.Id, null, null, null, IncludePrivate: false), address.Verify, ct);
            Undrawable = preview.Plan is { } plan ? portfolios.CannotDraw(plan) : [];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken ct)
    {
        ModelState.Remove($"{nameof(Texts)}.{nameof(TextsForm.SummaryOfPractice)}");
        ModelState.Remove($"{nameof(Texts)}.{nameof(TextsForm.PersonalStatement)}");
        if (ModelState.IsValid)
        {
            var request = new PortfolioRequest(
                Input.RegistrationId,
                Input.From,
                Input.To,
                Input.Sections.Select(s => s.ToString()).ToList(),
                Input.IncludePrivate);
            var outcome = await portfolios.PlanAsync(User.UserId(), request, address.Verify, ct);
            if (outcome.NotFound)
            {
                return NotFound();
            }

            if (outcome.Plan is { } plan)
            {
                return new PortfolioPdfResult(await portfolios.IssueAsync(plan, ct));
            }

            foreach (var (key, messages) in outcome.Errors!)
            {
                ModelState.AddModelError($"{nameof(Input)}.{char.ToUpperInvariant(key[0])}{key[1..]}", messages[0]);
            }
        }

        await LoadAsync(Input.RegistrationId, ct);
        if (Choices is null)
        {
            return NotFound();
        }

        await LoadTextsAsync(Input.RegistrationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTextsAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        if (!await db.Registrations.OwnedBy(userId).AnyAsync(r => r.Id == Texts.RegistrationId, ct))
        {
            return NotFound();
        }

        var texts = await db.PortfolioTexts.FirstOrDefaultAsync(t => t.OwnerId == userId && t.RegistrationId == Texts.RegistrationId, ct);
        if (texts is null)
        {
            texts = new PortfolioTexts { OwnerId = userId, RegistrationId = Texts.RegistrationId };
            db.PortfolioTexts.Add(texts);
        }

        // Over-long text is kept (the user is mid-draft) and flagged here and in the PDF, never cut.
        texts.SummaryOfPractice = Texts.SummaryOfPractice?.Trim() ?? "";
        texts.PersonalStatement = Texts.PersonalStatement?.Trim() ?? "";
        texts.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);

        var over = new List<string>();
        if (WordCounter.Count(texts.SummaryOfPractice) > WordCounter.HcpcSummaryOfPracticeLimit)
        {
            over.Add("summary of practice");
        }

        if (WordCounter.Count(texts.PersonalStatement) > WordCounter.HcpcPersonalStatementLimit)
        {
            over.Add("personal statement");
        }

        TempData["Success"] = over.Count == 0
            ? "Profile texts saved."
            : $"Profile texts saved. The {string.Join(" and ", over)} is over the HCPC word limit.";
        return RedirectToPage(new { registrationId = Texts.RegistrationId });
    }

    public static string SectionName(PortfolioSectionKind kind) => PortfolioService.SectionName(kind);

    public static (int Words, int Limit, bool Over) Count(string? text, int limit)
    {
        var words = WordCounter.Count(text);
        return (words, limit, words > limit);
    }

    private async Task LoadAsync(Guid? registrationId, CancellationToken ct)
    {
        var userId = User.UserId();
        var registrations = await db.Registrations.OwnedBy(userId).AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync(ct);
        RegistrationItems = registrations
            .Select(r => new SelectListItem(Describe(r), r.Id.ToString()))
            .ToList();
        var selected = registrations.FirstOrDefault(r => r.Id == registrationId) ?? registrations.FirstOrDefault();
        if (registrationId is { } wanted && selected?.Id != wanted)
        {
            selected = null;
        }

        Choices = selected is null ? null : await portfolios.ChoicesAsync(userId, selected.Id, ct);
        var issued = await db.IssuedPortfolios.AsNoTracking()
            .Where(p => p.OwnerId == userId)
            .OrderByDescending(p => p.GeneratedAt)
            .ThenBy(p => p.Id)
            .ToShownPageAsync(PageRequest.ParseOrFirst(Request.Query), ct);
        Issued = issued;
        IssuedPager = Pager.For(Request, issued, "portfolio", "portfolios");
    }

    private async Task LoadTextsAsync(Guid registrationId, CancellationToken ct)
    {
        var userId = User.UserId();
        var texts = await db.PortfolioTexts.AsNoTracking()
            .FirstOrDefaultAsync(t => t.OwnerId == userId && t.RegistrationId == registrationId, ct);
        Texts = new TextsForm
        {
            RegistrationId = registrationId,
            SummaryOfPractice = texts?.SummaryOfPractice ?? "",
            PersonalStatement = texts?.PersonalStatement ?? "",
        };
    }

    private static string Describe(ProfessionalRegistration r) =>
        string.IsNullOrWhiteSpace(r.RegistrationNumber) ? r.BodyCode : $"{r.BodyCode} {r.RegistrationNumber}";

    public sealed class DownloadForm
    {
        public Guid RegistrationId { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public List<PortfolioSectionKind> Sections { get; set; } = [];

        public bool IncludePrivate { get; set; }
    }

    public sealed class TextsForm
    {
        public Guid RegistrationId { get; set; }

        public string? SummaryOfPractice { get; set; }

        public string? PersonalStatement { get; set; }
    }
}
