namespace CpdLog.Data;

using CpdLog.Core.Portfolio;

/// <summary>Portfolios: what was issued (for the public verify page) and the HCPC profile texts per registration.</summary>
public sealed partial class CpdLogDbContext
{
    public DbSet<IssuedPortfolio> IssuedPortfolios => Set<IssuedPortfolio>();

    public DbSet<PortfolioTexts> PortfolioTexts => Set<PortfolioTexts>();
}
