namespace CpdLog.IntegrationTests;

using AutoMapper;
using AutoMapper.Internal;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

public sealed class AutoMapperConfigurationTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public void Configuration_OfTheRunningApp_IsValid()
    {
        var mapper = factory.Services.GetRequiredService<IMapper>();

        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }

    [Fact]
    public void Configuration_IncludesEveryProfileInTheApp()
    {
        var mapper = factory.Services.GetRequiredService<IMapper>();
        var registered = mapper.ConfigurationProvider.Internal().Profiles.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var declared = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(Profile).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName!)
            .ToList();

        Assert.NotEmpty(declared);
        Assert.All(declared, name => Assert.Contains(name, registered));
    }
}
