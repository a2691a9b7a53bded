namespace CpdLog.IntegrationTests.Portfolio;

/// <summary>The portfolio test classes share one app and one seeded nurse.</summary>
[CollectionDefinition(Name)]
public sealed class PortfolioCollection : ICollectionFixture<PortfolioFixture>
{
    public const string Name = "Portfolio";
}
