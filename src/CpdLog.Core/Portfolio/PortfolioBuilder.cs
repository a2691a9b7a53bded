namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Time;

/// <summary>
/// Turns a user's records into a <see cref="PortfolioDocument"/>: filters by period, privacy and bin, orders, numbers
/// cross-references and picks the template's sections. Pure: the same input gives the same document.
/// </summary>
public static partial class PortfolioBuilder
{
    public static PortfolioDocument Build(PortfolioInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var records = RecordSet.From(input);
        input = WithHcpcGaps(input, records);
        var sections = input.Options.Sections ?? PortfolioTemplates.DefaultSections(input.Template);
        var wanted = PortfolioTemplates.AvailableSections(input.Template).Where(sections.Contains);

        var built = new List<DocumentSection>();
        foreach (var kind in wanted)
        {
            var section = BuildSection(kind, input, records);
            if (section is not null)
            {
                built.Add(section);
            }
        }

        var templateTitle = input.Template switch
        {
            PortfolioTemplate.Nmc => "NMC revalidation portfolio",
            PortfolioTemplate.Hcpc => "HCPC CPD profile",
            _ => input.Compliance is null ? "CPD portfolio" : $"{input.Registration.BodyName} CPD portfolio",
        };
        var period = $"{FormatDate(input.Period.From)} to {FormatDate(input.Period.To)}";
        var subtitle = $"{input.Registration.BodyCode} {input.Registration.RegistrationNumber} · {period}".Trim();

        var details = new List<KeyValue>
        {
            new("Name", input.OwnerDisplayName),
            new("Professional body", input.Registration.BodyName),
            new("Registration number", Or(input.Registration.RegistrationNumber, "Not given")),
        };
        if (input.Template == PortfolioTemplate.Hcpc || input.Profession.Length > 0)
        {
            details.Add(new("Profession", Or(input.Profession, "Not given (set it on the registration)")));
        }

        details.Add(new("Period", period));
        if (input.Compliance is { } c)
        {
            details.Add(new("Rules applied", $"{c.Body} {c.RuleVersion}, cycle {FormatDate(c.Cycle.Start)} to {FormatDate(c.Cycle.End)}"));
            details.Add(new("Requirements", Verdict(c, records) switch
            {
                Judgement.Met => "All required items met by the records in this portfolio",
                Judgement.MetButCodeLinksMissing => "Required counts met; some reflective accounts name no part of the Code",
                _ => "Not all required items met by the records in this portfolio",
            }));
        }

        details.Add(new("Generated", UkFormat.Instant(input.GeneratedAt)));
        details.Add(new("Verification code", input.VerificationCode));
        details.Add(new("Private items", input.Options.IncludePrivateItems
            ? "Included"
            : records.Selection.ExcludedPrivateCount == 0 ? "Excluded (none in this period)" : $"Excluded: {records.Selection.DescribeExcluded()}"));

        var metadata = new PortfolioMetadata(
            Title: $"{templateTitle}: {input.OwnerDisplayName}",
            Author: input.OwnerDisplayName,
            Subject: $"{templateTitle}, {input.Registration.BodyName}, {period}",
            Keywords: ["CPD", input.Registration.BodyCode, templateTitle, $"verification {input.VerificationCode}"],
            CreatedAt: input.GeneratedAt);

        var statement = "This portfolio was generated from the records held in CpdLog. Check it is genuine and unaltered at "
            + $"{input.VerifyUrl} with the code {input.VerificationCode}.";
        return new PortfolioDocument(
            metadata,
            new CoverPage(templateTitle, subtitle, details, statement),
            built,
            input.VerificationCode,
            input.VerifyUrl);
    }

    private static DocumentSection? BuildSection(PortfolioSectionKind kind, PortfolioInput input, RecordSet r) => kind switch
    {
        PortfolioSectionKind.RequirementsSummary => RequirementsSummary(input, r),
        PortfolioSectionKind.CpdLog => NmcCpdLog(r),
        PortfolioSectionKind.PracticeHours => NmcPracticeHours(r),
        PortfolioSectionKind.Feedback => NmcFeedback(r),
        PortfolioSectionKind.ReflectiveAccounts => ReflectiveAccounts(r, input.Template),
        PortfolioSectionKind.ReflectiveDiscussion => NmcDiscussion(r, input),
        PortfolioSectionKind.Confirmation => NmcConfirmation(r, input),
        PortfolioSectionKind.Declarations => NmcDeclarations(r),
        PortfolioSectionKind.SummaryOfPractice => HcpcSummaryOfPractice(input.SummaryOfPractice),
        PortfolioSectionKind.ActivityList => input.Template == PortfolioTemplate.Hcpc
            ? HcpcActivityList(r, input)
            : GenericActivityLog(r),
        PortfolioSectionKind.PersonalStatement => HcpcPersonalStatement(input.PersonalStatement),
        PortfolioSectionKind.EvidenceIndex => EvidenceIndex(r, input.Template),
        PortfolioSectionKind.FundedStudy => FundedStudy(input),
        PortfolioSectionKind.Attestations => Attestations(input),
        _ => null,
    };

    private enum Judgement
    {
        NotMet = 0,
        Met = 1,
        MetButCodeLinksMissing = 2,
    }

    /// <summary>The NMC asks every reflective account to say how it relates to the Code: counts alone are not "all met".</summary>
    private static Judgement Verdict(ComplianceResult compliance, RecordSet r) =>
        !compliance.Met ? Judgement.NotMet
        : compliance.Body == "NMC" && r.Reflections.Any(x => x.Account.CodeThemes == CodeThemes.None) ? Judgement.MetButCodeLinksMissing
        : Judgement.Met;

    private static DocumentSection RequirementsSummary(PortfolioInput input, RecordSet r)
    {
        var compliance = input.Compliance;
        var blocks = new List<Block>();
        if (!input.Options.IncludePrivateItems && r.Selection.ExcludedPrivateCount > 0)
        {
            blocks.Add(new NoticeBlock(
                $"Private items left out: {r.Selection.DescribeExcluded()}. Every figure in this portfolio counts only the records it "
                + "includes; your own dashboard in CpdLog counts the private items too, so its totals can be higher.",
                NoticeKind.Info));
        }

        if (compliance is null)
        {
            blocks.Add(new NoticeBlock("No rule assessment was made for this period (for example, an appraisal portfolio).", NoticeKind.Info));
            return new DocumentSection(PortfolioSectionKind.RequirementsSummary, "Summary of requirements", blocks);
        }

        var today = UkCalendar.DateOf(input.GeneratedAt);
        var deadline = compliance.Cycle.Deadline < today
            ? $"{FormatDate(compliance.Cycle.Deadline)} (this deadline has passed)"
            : FormatDate(compliance.Cycle.Deadline);
        blocks.Add(new KeyValueBlock(
        [
            new("Body", compliance.Body),
            new("Rule version", compliance.RuleVersion),
            new("Cycle", $"{FormatDate(compliance.Cycle.Start)} to {FormatDate(compliance.Cycle.End)}"),
            new(compliance.Cycle.Deadline < today ? "Deadline was" : "Deadline", deadline),
        ]));
        var codeGaps = r.Reflections.Count(x => x.Account.CodeThemes == CodeThemes.None);
        blocks.Add(Verdict(compliance, r) switch
        {
            Judgement.Met => new NoticeBlock(
                compliance.HasWarnings ? "All required items are met; see the warnings below." : "All requirements are met.", NoticeKind.Success),
            Judgement.MetButCodeLinksMissing => new NoticeBlock(
                $"The required counts are met, but {codeGaps} of the reflective accounts name no theme of the Code; the NMC asks "
                + "each account to say how it relates to the Code.", NoticeKind.Warning),
            _ => new NoticeBlock(NotYetMet(compliance), NoticeKind.Warning),
        });
        if (input.Period.From != compliance.Cycle.Start || input.Period.To != compliance.Cycle.End)
        {
            blocks.Add(new ParagraphBlock(
                "The rules count the records of this portfolio that fall in the cycle; the logs below list the whole period chosen, "
                + "so their totals can differ from the figures here.", TextEmphasis.Muted));
        }

        blocks.Add(new TableBlock(
            [
                new("Requirement", 3.0f), new("Required", 1.2f, ColumnAlign.Right), new("Achieved", 1.2f, ColumnAlign.Right),
                new("Status", 1.1f), new("Next step", 3.0f),
            ],
            compliance.Requirements.Select(q => new TableRow(
                [
                    q.Title,
                    $"{FormatNumber(q.Required)} {UnitWords.For(q.Required, q.Unit)}".Trim(),
                    $"{FormatNumber(q.Achieved)} {UnitWords.For(q.Achieved, q.Unit)}".Trim(),
                    compliance.StatusOf(q).Words(),
                    q.Met ? "" : q.NextStep,
                ],
                q.Met ? RowEmphasis.None : RowEmphasis.Flagged)).ToList(),
            "No requirements apply."));
        var sources = compliance.Requirements.Select(q => q.Source).Where(s => s.Length > 0).Distinct().ToList();
        if (sources.Count > 0)
        {
            blocks.Add(new ParagraphBlock("Sources: " + string.Join("; ", sources), TextEmphasis.Muted));
        }

        blocks.AddRange(ProgressBlocks(input));
        return new DocumentSection(PortfolioSectionKind.RequirementsSummary, "Summary of requirements", blocks);
    }

    /// <summary>
    /// "3 required item(s) not yet met (1 not met, 2 on track)." — judged on the printed records, in the words of the one
    /// status scale (docs/requirement-codes.md) as of the portfolio's judgement date.
    /// </summary>
    private static string NotYetMet(ComplianceResult compliance)
    {
        var unmet = compliance.Requirements.Where(q => !q.Met && q.Severity == RequirementSeverity.Required).ToList();
        var byStatus = unmet.GroupBy(compliance.StatusOf)
            .OrderByDescending(g => g.Key.Rank())
            .Select(g => $"{g.Count()} {g.Key.Words().ToLowerInvariant()}");
        return $"{unmet.Count} required item(s) not yet met ({string.Join(", ", byStatus)}).";
    }

    private static DocumentSection EvidenceIndex(RecordSet r, PortfolioTemplate template)
    {
        var rows = r.Evidence.Select(e => new TableRow(
        [
            e.Ref, Join("\n", e.File.FileName, e.File.Description),
            e.File.Pages is { } pages ? $"{pages} {(pages == 1 ? "page" : "pages")}" : $"{FormatName(e.File)}, {FormatSize(e.File.SizeBytes)}",
            Or(e.File.Standards, "—"), e.LinkedTo, e.File.Sha256,
        ])).ToList();
        var standards = template == PortfolioTemplate.Hcpc ? "Standards supported" : "Standards";
        return new DocumentSection(PortfolioSectionKind.EvidenceIndex, template == PortfolioTemplate.Hcpc ? "Supporting evidence" : "Evidence index",
        [
            new ParagraphBlock("Each file is identified by the SHA-256 of its exact bytes, so a copy can be checked against this index. "
                + "References (E1, E2, ...) are the files' own and are used in the logs and statements above.", TextEmphasis.Muted),
            new TableBlock(
                [
                    new("Ref", 0.6f), new("File and description", 2.2f), new("Pages or format", 1.2f), new(standards, 1.35f),
                    new("Supports", 2.0f), new("SHA-256", 3.5f),
                ],
                rows,
                "No evidence files are attached to the records in this portfolio."),
        ]);
    }

    private static string FormatName(EvidenceFile file) => file.ContentType switch
    {
        "application/pdf" => "PDF",
        "image/png" => "PNG image",
        "image/jpeg" => "JPEG image",
        "text/plain" => "Text",
        "text/csv" => "CSV",
        _ when file.ContentType.Contains("word", StringComparison.Ordinal) => "Word document",
        _ when file.ContentType.Contains("sheet", StringComparison.Ordinal) => "Spreadsheet",
        _ => "File",
    };

    private static DocumentSection? FundedStudy(PortfolioInput input)
    {
        var lines = input.FundedStudy.Where(f => input.Period.Overlaps(f.Start, f.End)).OrderBy(f => f.Start).ToList();
        var rows = lines.Select(f => new TableRow(
            [f.Title, f.Provider, FormatRange(f.Start, f.End), FormatMoney(f.AmountApproved), f.Status])).ToList();
        if (rows.Count > 0)
        {
            rows.Add(new TableRow(["Total approved", "", "", FormatMoney(lines.Sum(f => f.AmountApproved)), ""], RowEmphasis.Total));
        }

        return new DocumentSection(PortfolioSectionKind.FundedStudy, "Employer-funded study",
        [
            new TableBlock(
                [new("Course or activity", 3f), new("Provider", 2f), new("Dates", 1.8f), new("Approved", 1.1f, ColumnAlign.Right), new("Status", 1.2f)],
                rows,
                "No employer-funded study in this period."),
        ]);
    }

    private static DocumentSection ReflectiveAccounts(RecordSet r, PortfolioTemplate template)
    {
        var blocks = new List<Block>();
        var nmc = template == PortfolioTemplate.Nmc;
        if (nmc)
        {
            blocks.Add(new ParagraphBlock("Written on the NMC reflective accounts form.", TextEmphasis.Muted));
            blocks.Add(new NoticeBlock(
                "Before you share this portfolio, check that no account contains information that identifies another person "
                + "(a patient, service user, colleague or anyone else). CpdLog cannot check this for you.",
                NoticeKind.Info));
            if (r.Reflections.Count < 5)
            {
                blocks.Add(new NoticeBlock($"{r.Reflections.Count} of the 5 required reflective accounts are recorded.", NoticeKind.Warning));
            }
        }

        if (r.Reflections.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No reflective accounts in this period.", TextEmphasis.Muted));
        }

        for (var i = 0; i < r.Reflections.Count; i++)
        {
            var (reference, account) = r.Reflections[i];
            if (i > 0 && nmc)
            {
                blocks.Add(new PageBreakBlock());
            }

            var header = nmc ? $"{reference}  Reflective account {i + 1} of {Math.Max(5, r.Reflections.Count)}" : $"{reference}  {account.Title}";
            var details = new List<KeyValue> { new("Reference", reference), new("Date", FormatDate(account.Date)) };
            if (nmc)
            {
                details.Insert(1, new("Title", account.Title));
            }

            var linked = r.DescribeLinks(account);
            if (linked.Length > 0)
            {
                details.Add(new("Relates to", linked));
            }

            var evidence = r.EvidenceRefs(RecordKind.Reflection, account.Id);
            if (evidence.Length > 0)
            {
                details.Add(new("Evidence", evidence));
            }

            blocks.Add(new KeepTogetherBlock([new HeadingBlock(header), new KeyValueBlock(details)]));
            blocks.Add(new HeadingBlock("What was the nature of the CPD activity and/or practice-related feedback and/or event or experience in your practice?", 3));
            blocks.Add(Text(account.Nature));
            blocks.Add(new HeadingBlock("What did you learn from the CPD activity and/or feedback and/or event or experience in your practice?", 3));
            blocks.Add(Text(account.Learning));
            blocks.Add(new HeadingBlock("How did you change or improve your practice as a result?", 3));
            blocks.Add(Text(account.ChangeInPractice));
            blocks.Add(new HeadingBlock("How is this relevant to the Code?", 3));
            blocks.Add(new KeyValueBlock([new("Themes", FormatThemes(account.CodeThemes))]));
            blocks.Add(Text(account.CodeRelevance));
        }

        return new DocumentSection(PortfolioSectionKind.ReflectiveAccounts, nmc ? "Written reflective accounts" : "Reflections", blocks);
    }

    internal static ParagraphBlock Text(string text) =>
        string.IsNullOrWhiteSpace(text) ? new ParagraphBlock("Not answered.", TextEmphasis.Muted) : new ParagraphBlock(text.Trim());

    internal static string FormatDate(DateOnly date) => UkFormat.ShortDate(date);

    internal static string FormatRange(DateOnly start, DateOnly end) =>
        UkFormat.CompactDateRange(start == default ? end : start, end);

    internal static string FormatNumber(decimal value) => UkFormat.Number(value);

    internal static string FormatMoney(decimal value) => UkFormat.Money(value);

    internal static string FormatSize(long bytes) => UkFormat.Bytes(bytes);

    internal static string FormatThemes(CodeThemes themes) =>
        themes == CodeThemes.None ? "No Code theme selected" : DisplayNames.Of(themes);

    internal static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
