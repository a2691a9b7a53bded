namespace CpdLog.Core.Portfolio;

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
