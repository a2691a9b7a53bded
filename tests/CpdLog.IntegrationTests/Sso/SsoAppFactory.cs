namespace CpdLog.IntegrationTests.Sso;

using CpdLog.IntegrationTests.Infrastructure;

public sealed class SsoAppFactory(IReadOnlyDictionary<string, string?> settings) : CpdLogAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => settings;
}
