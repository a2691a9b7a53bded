namespace CpdLog.IntegrationTests.Portfolio;

using System.Net.Http.Json;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The portfolio test classes share one app and one seeded nurse.</summary>
[CollectionDefinition(Name)]
public sealed class PortfolioCollection : ICollectionFixture<PortfolioFixture>
{
    public const string Name = "Portfolio";
}
