namespace CpdLog.Web.Infrastructure;

/// <summary>A feature's share of the demo data; contributors run in <see cref="Order"/>.</summary>
public interface IDemoDataContributor
{
    int Order { get; }

    Task SeedAsync(DemoUsers users, CancellationToken ct);
}
