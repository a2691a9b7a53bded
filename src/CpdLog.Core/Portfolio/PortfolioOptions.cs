namespace CpdLog.Core.Portfolio;

/// <summary>What the user chose to put in the portfolio.</summary>
public sealed record PortfolioOptions
{
    /// <summary>Include records the user marked private. Off by default.</summary>
    public bool IncludePrivateItems { get; init; }

    /// <summary>The sections to include; null means the template's defaults (see <see cref="PortfolioTemplates.DefaultSections"/>).</summary>
    public IReadOnlySet<PortfolioSectionKind>? Sections { get; init; }
}
