namespace CpdLog.BrowserTests.Infrastructure;

/// <summary>One app and one browser for every browser test class: <c>[Collection(BrowserCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}
