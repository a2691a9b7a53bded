namespace CpdLog.Core.Portfolio;

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
