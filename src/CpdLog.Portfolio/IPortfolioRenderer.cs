namespace CpdLog.Portfolio;

using CpdLog.Core.Portfolio;

/// <summary>Writes a <see cref="PortfolioDocument"/> as a PDF.</summary>
public interface IPortfolioRenderer
{
    Task RenderAsync(PortfolioDocument document, Stream output, CancellationToken ct);

    /// <summary>
    /// The characters of <paramref name="document"/> that no installed font can draw (each once). They would print as a
    /// replacement mark and the PDF would not claim PDF/A, so the user is told before generating.
    /// </summary>
    IReadOnlyList<string> CannotDraw(PortfolioDocument document);
}
