namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Records;

/// <summary>Which layout of portfolio to build. Chosen from the body code by <see cref="PortfolioTemplates.ForBody"/>.</summary>
public enum PortfolioTemplate
{
    /// <summary>NMC revalidation portfolio (CPD log, practice hours, feedback, reflective accounts, ...).</summary>
    Nmc = 0,

    /// <summary>HCPC CPD profile (summary of practice, activity list, personal statement, evidence).</summary>
    Hcpc = 1,

    /// <summary>Any other body, or an appraisal over a date range.</summary>
    Generic = 2,
}

/// <summary>The sections a portfolio can contain. Each template offers a subset; see <see cref="PortfolioTemplates"/>.</summary>
public enum PortfolioSectionKind
{
    RequirementsSummary = 0,
    CpdLog = 1,
    PracticeHours = 2,
    Feedback = 3,
    ReflectiveAccounts = 4,
    ReflectiveDiscussion = 5,
    Confirmation = 6,
    Declarations = 7,
    SummaryOfPractice = 8,
    ActivityList = 9,
    PersonalStatement = 10,
    EvidenceIndex = 11,
    FundedStudy = 12,

    /// <summary>Attestations signed by e-mail (generic template). Numbered apart from the others, which other sections may take.</summary>
    Attestations = 20,
}

/// <summary>The registration the portfolio is for.</summary>
public sealed record PortfolioRegistration(string BodyCode, string BodyName, string RegistrationNumber);

/// <summary>An inclusive date range.</summary>
public sealed record PortfolioPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public bool Overlaps(DateOnly start, DateOnly end) => start <= To && end >= From;
}

/// <summary>Employer-funded study in the period (optional section). Amounts are in pounds sterling.</summary>
public sealed record FundedStudyLine(
    string Title,
    string Provider,
    DateOnly Start,
    DateOnly End,
    decimal AmountApproved,
    string Status);

/// <summary>What the user chose to put in the portfolio.</summary>
public sealed record PortfolioOptions
{
    /// <summary>Include records the user marked private. Off by default.</summary>
    public bool IncludePrivateItems { get; init; }

    /// <summary>The sections to include; null means the template's defaults (see <see cref="PortfolioTemplates.DefaultSections"/>).</summary>
    public IReadOnlySet<PortfolioSectionKind>? Sections { get; init; }
}

/// <summary>Everything <see cref="PortfolioBuilder.Build"/> needs: pure data, no I/O.</summary>
public sealed record PortfolioInput
{
    public required string OwnerDisplayName { get; init; }

    public required PortfolioRegistration Registration { get; init; }

    public required PortfolioPeriod Period { get; init; }

    public required PortfolioTemplate Template { get; init; }

    /// <summary>The rule judgement shown on the requirements summary; null for an appraisal or a body without rules.</summary>
    public ComplianceResult? Compliance { get; init; }

    /// <summary>
    /// Progress over the cycle of <see cref="Compliance"/>, from <see cref="Compliance.Progress.CycleProgress.For"/> on the records
    /// the summary was judged on; printed on the summary of the NMC and generic portfolios. Null: no chart.
    /// </summary>
    public Compliance.Progress.CycleProgress? Progress { get; init; }

    public IReadOnlyList<CpdActivity> Activities { get; init; } = [];

    public IReadOnlyList<ReflectiveAccount> Reflections { get; init; } = [];

    public IReadOnlyList<FeedbackEntry> Feedback { get; init; } = [];

    public IReadOnlyList<PracticeHoursEntry> PracticeHours { get; init; } = [];

    public IReadOnlyList<ReflectiveDiscussion> Discussions { get; init; } = [];

    public IReadOnlyList<Confirmation> Confirmations { get; init; } = [];

    public IReadOnlyList<Declaration> Declarations { get; init; } = [];

    public IReadOnlyList<EvidenceFile> Evidence { get; init; } = [];

    /// <summary>
    /// The owner's explanations of gaps in their record. Printed only in the HCPC profile (the registrant's own
    /// submission to the HCPC), beside the gaps they explain; never in other templates.
    /// </summary>
    public IReadOnlyList<GapExplanation> GapExplanations { get; init; } = [];

    /// <summary>
    /// The date the requirements were judged on (today, or the period end for a past period). Records dated after it
    /// are left out, as the rules leave them out; null means no limit.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The registrant's profession, when the body asks for it (HCPC); empty when not given.</summary>
    public string Profession { get; init; } = "";

    /// <summary>HCPC part 1: summary of practice history (limit 500 words).</summary>
    public string SummaryOfPractice { get; init; } = "";

    /// <summary>HCPC part 3: statement of how standards 1–5 are met (limit 1,500 words).</summary>
    public string PersonalStatement { get; init; } = "";

    public IReadOnlyList<FundedStudyLine> FundedStudy { get; init; } = [];

    /// <summary>
    /// Sign-offs signed by e-mail for this registration: a confirmation or discussion record whose <c>SignOffId</c> is
    /// here prints as signed electronically; attestations print in their own section (generic template).
    /// </summary>
    public IReadOnlyList<SignOffs.ElectronicSignature> SignOffs { get; init; } = [];

    public PortfolioOptions Options { get; init; } = new();

    /// <summary>Code printed on every page and encoded in the cover QR code (see <see cref="Portfolio.VerificationCode"/>).</summary>
    public required string VerificationCode { get; init; }

    public required string VerifyUrl { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }
}

/// <summary>Which template and sections apply to a body.</summary>
public static class PortfolioTemplates
{
    public static PortfolioTemplate ForBody(string bodyCode) => bodyCode.Trim().ToUpperInvariant() switch
    {
        "NMC" => PortfolioTemplate.Nmc,
        "HCPC" => PortfolioTemplate.Hcpc,
        _ => PortfolioTemplate.Generic,
    };

    /// <summary>Every section the template can render, in document order.</summary>
    public static IReadOnlyList<PortfolioSectionKind> AvailableSections(PortfolioTemplate template) => template switch
    {
        PortfolioTemplate.Nmc =>
        [
            PortfolioSectionKind.RequirementsSummary, PortfolioSectionKind.CpdLog, PortfolioSectionKind.PracticeHours,
            PortfolioSectionKind.Feedback, PortfolioSectionKind.ReflectiveAccounts, PortfolioSectionKind.ReflectiveDiscussion,
            PortfolioSectionKind.Confirmation, PortfolioSectionKind.Declarations, PortfolioSectionKind.EvidenceIndex,
            PortfolioSectionKind.FundedStudy,
        ],
        PortfolioTemplate.Hcpc =>
        [
            PortfolioSectionKind.RequirementsSummary, PortfolioSectionKind.SummaryOfPractice, PortfolioSectionKind.ActivityList,
            PortfolioSectionKind.PersonalStatement, PortfolioSectionKind.EvidenceIndex, PortfolioSectionKind.FundedStudy,
        ],
        _ =>
        [
            PortfolioSectionKind.RequirementsSummary, PortfolioSectionKind.ActivityList, PortfolioSectionKind.ReflectiveAccounts,
            PortfolioSectionKind.Attestations, PortfolioSectionKind.EvidenceIndex, PortfolioSectionKind.FundedStudy,
        ],
    };

    /// <summary>The sections included when the user has not chosen: everything except the optional funded-study section.</summary>
    public static IReadOnlySet<PortfolioSectionKind> DefaultSections(PortfolioTemplate template) =>
        AvailableSections(template).Where(s => s != PortfolioSectionKind.FundedStudy).ToHashSet();
}
