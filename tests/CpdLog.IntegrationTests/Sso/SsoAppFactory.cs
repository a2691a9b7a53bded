namespace CpdLog.IntegrationTests.Sso;

using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Tests.Shared;

public sealed class SsoAppFactory(IReadOnlyDictionary<string, string?> settings) : CpdLogAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => settings;
}
