namespace CpdLog.Web.Features.Portfolio;

using CpdLog.Core.Compliance.Progress;
using CpdLog.Portfolio;
using CpdLog.Web.Features.Registrations;

/// <summary>
/// Builds and issues PDF portfolios: loads the user's live records, judges the registration, renders off the request
/// thread under a concurrency cap, and records the SHA-256 of the bytes that will be served so /verify can check them.
/// </summary>
public sealed class PortfolioService(
    CpdLogDbContext db,
    ComplianceService compliance,
    BodyDirectory bodies,
    IPortfolioRenderer renderer,
    PortfolioRenderGate gate,
    TimeProvider clock,
    IFileStore store,
    LinkGenerator links,
    ILogger<PortfolioService> logger)
{
    // Ten years covers any body's cycle with room for an appraisal history; more is almost certainly a typo.
    private const int MaxPeriodYears = 10;

    public static string SectionName(PortfolioSectionKind kind) => DisplayNames.Of(kind);

    public DateOnly Today() => compliance.Today();

    /// <summary>The form's defaults for one of the user's registrations; null when it is not theirs (or in the bin).</summary>
    public async Task<PortfolioChoices?> ChoicesAsync(string userId, Guid registrationId, CancellationToken ct)
    {
        var status = await compliance.ForRegistrationAsync(userId, registrationId, Today(), ct);
        if (status is null)
        {
            return null;
        }

        var template = PortfolioTemplates.ForBody(status.Registration.BodyCode);
        var records = await compliance.LoadEvidenceAsync(userId, Today(), ct);
        var custom = await bodies.CustomForAsync([status.Registration], ct);
        return new PortfolioChoices(
            status.Registration,
            status.BodyName,
            template,
            DefaultPeriod(status.Registration, custom, records, status.Result, Today()),
            PortfolioTemplates.AvailableSections(template),
            PortfolioTemplates.DefaultSections(template));
    }

    /// <summary>Checks a request and gathers everything the builder needs. Nothing is stored.</summary>
    public async Task<PlanOutcome> PlanAsync(string userId, PortfolioRequest request, string verifyBaseUrl, CancellationToken ct)
    {
        var registration = await db.Registrations.OwnedBy(userId).AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == request.RegistrationId, ct);
        if (registration is null)
        {
            return new PlanOutcome(null, null);
        }

        var today = Today();
        var custom = await bodies.CustomForAsync([registration], ct);
        var records = await compliance.LoadEvidenceAsync(userId, today, ct);
        var current = Judge(registration, custom, records, today);

        var template = PortfolioTemplates.ForBody(registration.BodyCode);
        var errors = new Dictionary<string, string[]>();
        var period = CheckPeriod(request.From, request.To, DefaultPeriod(registration, custom, records, current.Result, today), errors);
        var sections = CheckSections(request.Sections, template, errors);
        if (errors.Count > 0)
        {
            return new PlanOutcome(null, errors);
        }

        // Judge the cycle the period ends in (as of today at the latest), so an old period shows that cycle's rules.
        var asOf = period!.To < today ? period.To : today;
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.UserName }).SingleAsync(ct);
        var texts = await db.PortfolioTexts.AsNoTracking()
            .FirstOrDefaultAsync(t => t.OwnerId == userId && t.RegistrationId == registration.Id, ct);
        var code = await NewUniqueCodeAsync(ct);
        var now = clock.GetUtcNow();

        var input = new PortfolioInput(records)
        {
            OwnerDisplayName = string.IsNullOrWhiteSpace(owner.DisplayName) ? owner.UserName ?? "" : owner.DisplayName.Trim(),
            Registration = new PortfolioRegistration(
                registration.BodyCode, current.BodyName, registration.RegistrationNumber),
            Period = period,
            Template = template,
            AsOf = asOf,
            Profession = ProfessionOf(registration),
            GapExplanations = template == PortfolioTemplate.Hcpc ? records.GapExplanations : [],
            Evidence = await db.EvidenceFiles.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
            SummaryOfPractice = texts?.SummaryOfPractice ?? "",
            PersonalStatement = texts?.PersonalStatement ?? "",
            FundedStudy = sections.Contains(PortfolioSectionKind.FundedStudy) ? await FundedStudyAsync(userId, ct) : [],
            SignOffs = (await db.SignOffRequests.AsNoTracking()
                    .Where(r => r.OwnerId == userId && r.State == Core.SignOffs.SignOffState.Signed
                        && (r.Kind != Core.SignOffs.SignOffKind.Attestation || r.RegistrationId == registration.Id))
                    .ToListAsync(ct))
                .Select(Core.SignOffs.ElectronicSignature.From).ToList(),
            Options = new PortfolioOptions { IncludePrivateItems = request.IncludePrivate, Sections = sections },
            VerificationCode = code,
            VerifyUrl = verifyBaseUrl.TrimEnd('/') + links.GetPathByPage("/Verify/Index", handler: null, values: new { code }),
            GeneratedAt = now,
        };

        // The summary is judged on exactly the records the portfolio prints (private ones only when included), so
        // its figures and its met/not-met agree with the logs. The dashboard keeps counting everything.
        var included = PortfolioSelection.From(input);
        if (included.IsEmpty && string.IsNullOrWhiteSpace(input.SummaryOfPractice) && string.IsNullOrWhiteSpace(input.PersonalStatement))
        {
            var hidden = included.ExcludedPrivateCount > 0
                ? $" ({included.DescribeExcluded()} in it are private: include private items to print them)"
                : "";
            errors["from"] = [$"You have no records dated from {Wording(period.From)} to {Wording(period.To)}{hidden}, so the portfolio would be empty. Choose another period or add records first"];
            return new PlanOutcome(null, errors);
        }

        var judged = records with
        {
            Activities = included.Activities,
            Reflections = included.Reflections,
            Feedback = included.Feedback,
            PracticeHours = included.PracticeHours,
            Discussions = included.Discussions,
            Confirmations = included.Confirmations,
            Declarations = included.Declarations,
        };
        var result = Judge(registration, custom, judged, asOf);
        var rules = BodyDirectory.Resolve(registration, custom, asOf);
        input = input with
        {
            Registration = input.Registration with { BodyName = result.BodyName },
            Compliance = result.Result,

            // The same progress the registration page shows, from the records the summary was judged on.
            Progress = rules is null || result.Result is null
                ? null
                : CycleProgress.For(rules, judged with { AnchorDate = registration.AnchorDate, Options = registration.Options, AsOf = asOf }, result.Result),
        };
        return new PlanOutcome(new PortfolioPlan(userId, registration.Id, input, FileName(registration.BodyCode, today)), null);
    }

    /// <summary>
    /// The characters of a planned portfolio that no font installed on this server can draw (empty when all can be).
    /// Lays the document out without drawing it: a few milliseconds even for a long portfolio.
    /// </summary>
    public IReadOnlyList<string> CannotDraw(PortfolioPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return renderer.CannotDraw(PortfolioBuilder.Build(plan.Input));
    }

    /// <summary>
    /// Renders the portfolio and records it as issued, with a copy of its bytes in the file store (the person's
    /// archive carries every portfolio they were issued). The returned PDF must be served as it is: its SHA-256 is
    /// what /verify compares uploads with.
    /// </summary>
    /// <remarks>
    /// Skia's PDF writer writes synchronously, and an HTTP response body rejects synchronous writes, so the PDF is
    /// rendered on a worker thread into a temporary file and then copied to the store and the response asynchronously.
    /// Buffering also means the issue record is saved before the first byte leaves, so a downloaded portfolio always
    /// verifies, and a rendering failure is a clean 500 instead of a truncated file.
    /// </remarks>
    public async Task<IssuedPdf> IssueAsync(PortfolioPlan plan, CancellationToken ct)
    {
        var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        string? storageKey = null;
        try
        {
            string sha256;
            long size;
            await using (var hashing = new HashingWriteStream(buffer))
            {
                await gate.RunAsync(
                    async token =>
                    {
                        var document = PortfolioBuilder.Build(plan.Input);
                        await renderer.RenderAsync(document, hashing, token);
                    },
                    ct);
                sha256 = hashing.HashHex();
                size = hashing.BytesWritten;
            }

            var input = plan.Input;
            var issued = new IssuedPortfolio
            {
                OwnerId = plan.OwnerId,
                VerificationCode = input.VerificationCode,
                Sha256 = sha256,
                SizeBytes = size,
                RegistrationId = plan.RegistrationId,
                BodyCode = input.Registration.BodyCode,
                RegistrationNumber = input.Registration.RegistrationNumber,
                OwnerDisplayName = input.OwnerDisplayName,
                PeriodStart = input.Period.From,
                PeriodEnd = input.Period.To,
                Template = input.Template,
                GeneratedAt = input.GeneratedAt,
                StorageKey = Guid.NewGuid().ToString("N"),
            };
            buffer.Position = 0;
            await store.SaveAsync(issued.StorageKey, buffer, ct);
            storageKey = issued.StorageKey;
            buffer.Position = 0;
            db.IssuedPortfolios.Add(issued);
            await db.SaveChangesAsync(ct);
            logger.LogInformation(
                "Issued portfolio {Code} ({Bytes} bytes) for registration {RegistrationId}", issued.VerificationCode, size, issued.RegistrationId);
            return new IssuedPdf(issued, buffer, plan.FileName, logger);
        }
        catch
        {
            await buffer.DisposeAsync();
            if (storageKey is not null)
            {
                await store.DeleteAsync(storageKey, CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>"CpdLog-NMC-portfolio-2027-03-01.pdf": body code letters and digits only, so the header needs no encoding.</summary>
    public static string FileName(string bodyCode, DateOnly date)
    {
        var body = new string(bodyCode.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());
        return $"CpdLog-{(body.Length == 0 ? "CPD" : body)}-portfolio-{date:yyyy-MM-dd}.pdf";
    }

    private static RegistrationStatus Judge(
        ProfessionalRegistration registration,
        IReadOnlyDictionary<Guid, CustomBodyDefinition> custom,
        ComplianceInput records,
        DateOnly asOf)
    {
        var ruleSet = BodyDirectory.Resolve(registration, custom, asOf);
        var result = ruleSet?.Evaluate(records with { AnchorDate = registration.AnchorDate, Options = registration.Options, AsOf = asOf });
        return new RegistrationStatus(registration, ruleSet?.Name ?? BodyDirectory.NameOf(registration, custom), result);
    }

    /// <summary>
    /// The current cycle when it has any of the user's records in it, else the cycle just ended (a registrant who
    /// has just renewed wants last cycle's portfolio); for a body without rules, the twelve months to today.
    /// </summary>
    private static PortfolioPeriod DefaultPeriod(
        ProfessionalRegistration registration,
        IReadOnlyDictionary<Guid, CustomBodyDefinition> custom,
        ComplianceInput records,
        ComplianceResult? result,
        DateOnly today)
    {
        if (result is null)
        {
            return new PortfolioPeriod(today.AddYears(-1).AddDays(1), today);
        }

        var current = new PortfolioPeriod(result.Cycle.Start, result.Cycle.End);
        if (HasRecords(records, current))
        {
            return current;
        }

        var previous = Judge(registration, custom, records, result.Cycle.Start.AddDays(-1)).Result;
        return previous is not null && HasRecords(records, new PortfolioPeriod(previous.Cycle.Start, previous.Cycle.End))
            ? new PortfolioPeriod(previous.Cycle.Start, previous.Cycle.End)
            : current;
    }

    private static bool HasRecords(ComplianceInput r, PortfolioPeriod p) =>
        r.Activities.Any(a => a.Status == Core.Records.ActivityStatus.Completed && p.Contains(a.EndDate))
        || r.Reflections.Any(x => p.Contains(x.Date)) || r.Feedback.Any(x => p.Contains(x.Date))
        || r.PracticeHours.Any(x => p.Contains(x.EndDate)) || r.Discussions.Any(x => p.Contains(x.Date))
        || r.Confirmations.Any(x => p.Contains(x.Date));

    /// <summary>"Paramedic" from the registration's HCPC profession option; empty when not set.</summary>
    private static string ProfessionOf(ProfessionalRegistration registration)
    {
        if (!registration.Options.TryGetValue(Core.Compliance.Bodies.HcpcRuleSet.ProfessionOption, out var value) || value.Length == 0)
        {
            return "";
        }

        var words = value.Replace('-', ' ')
            .Replace("chiropodist podiatrist", "chiropodist/podiatrist", StringComparison.Ordinal)
            .Replace("prosthetist orthotist", "prosthetist/orthotist", StringComparison.Ordinal);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string Wording(DateOnly date) => UkFormat.Date(date);

    private static PortfolioPeriod? CheckPeriod(DateOnly? from, DateOnly? to, PortfolioPeriod fallback, Dictionary<string, string[]> errors)
    {
        var start = from ?? fallback.From;
        var end = to ?? fallback.To;
        if (start.Year < 1950)
        {
            errors["from"] = ["The start of the period must be a real date after 1950"];
        }

        if (end < start)
        {
            errors["to"] = ["The end of the period must be the same as or after the start"];
        }
        else if (start.AddYears(MaxPeriodYears) < end)
        {
            errors["to"] = [$"The period must be {MaxPeriodYears} years or shorter"];
        }

        return errors.Count > 0 ? null : new PortfolioPeriod(start, end);
    }

    private static IReadOnlySet<PortfolioSectionKind> CheckSections(
        IReadOnlyCollection<string>? requested, PortfolioTemplate template, Dictionary<string, string[]> errors)
    {
        if (requested is null)
        {
            return PortfolioTemplates.DefaultSections(template);
        }

        var available = PortfolioTemplates.AvailableSections(template);
        var chosen = new HashSet<PortfolioSectionKind>();
        var unknown = new List<string>();
        foreach (var name in requested)
        {
            if (Enum.TryParse<PortfolioSectionKind>(name, ignoreCase: true, out var kind) && !int.TryParse(name, out _) && available.Contains(kind))
            {
                chosen.Add(kind);
            }
            else
            {
                unknown.Add(name);
            }
        }

        if (unknown.Count > 0)
        {
            errors["sections"] = [$"Not a section of this portfolio: {string.Join(", ", unknown)}. Choose from {string.Join(", ", available)}"];
        }
        else if (chosen.Count == 0)
        {
            errors["sections"] = ["Choose at least one section"];
        }

        return chosen;
    }

    private async Task<string> NewUniqueCodeAsync(CancellationToken ct)
    {
        // 50 random bits: a clash is astronomically unlikely, but a repeated code would verify the wrong person.
        while (true)
        {
            var code = VerificationCode.New();
            if (!await db.IssuedPortfolios.AnyAsync(p => p.VerificationCode == code, ct))
            {
                return code;
            }
        }
    }

    /// <summary>Approved employer-funded study (in progress or completed), when the funding feature's tables exist.</summary>
    private async Task<IReadOnlyList<FundedStudyLine>> FundedStudyAsync(string userId, CancellationToken ct)
    {
        if (db.Model.FindEntityType(typeof(FundingRequest)) is null)
        {
            return [];
        }

        var requests = await db.Set<FundingRequest>().AsNoTracking()
            .Where(f => f.RequesterId == userId && (f.Status == FundingStatus.InProgress || f.Status == FundingStatus.Completed))
            .ToListAsync(ct);
        return requests
            .Select(f => new FundedStudyLine(f.Title, f.Provider, f.StartDate, f.EndDate, f.ApprovedAmount ?? 0m, DisplayNames.Of(f.Status)))
            .ToList();
    }
}
