namespace CpdLog.Portfolio;

using CpdLog.Core.Portfolio;

/// <summary>Writes a <see cref="PortfolioDocument"/> as a PDF.</summary>
public interface IPortfolioRenderer
{
    Task RenderAsync(PortfolioDocument document, Stream output, CancellationToken ct);
}
