namespace CpdLog.Core.Portfolio;

/// <summary>
/// A portfolio as pure content: what to print, in order, with no positions, fonts or pages. A renderer paginates it.
/// </summary>
public sealed record PortfolioDocument(
    PortfolioMetadata Metadata,
    CoverPage Cover,
    IReadOnlyList<DocumentSection> Sections,
    string VerificationCode,
    string VerifyUrl)
{
    /// <summary>The line printed in the page header of every page after the cover.</summary>
    public string RunningHeader => $"{Metadata.Author} · {Cover.Subtitle}";
}
