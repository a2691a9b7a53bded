namespace CpdLog.Core.Portfolio;

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
