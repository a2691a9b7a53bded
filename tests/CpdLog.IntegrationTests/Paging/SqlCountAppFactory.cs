namespace CpdLog.IntegrationTests.Paging;

using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The real app with <see cref="SqlCommandCounter"/> on its DbContext.</summary>
public sealed class SqlCountAppFactory : CpdLogAppFactory
{
    public SqlCommandCounter Counter { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureDbContext<CpdLogDbContext>(o => o.AddInterceptors(Counter));
}
