namespace CpdLog.Web.Features.Portfolio;

/// <summary>
/// What a portfolio would contain that cannot be printed: characters no installed font draws (each as the character
/// and as U+XXXX), and whether the PDF would still claim PDF/A.
/// </summary>
public sealed record PortfolioCheckDto(IReadOnlyList<string> UndrawableCharacters, IReadOnlyList<string> CodePoints, bool ClaimsPdfA);
