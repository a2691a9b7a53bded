namespace CpdLog.IntegrationTests.Scale;

using CpdLog.Web.Infrastructure;
using Npgsql;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Apply_AddsAutoPrepareAndNoReset_KeepingEverythingGiven()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=cpdlog;Username=cpd;Password=secret;Maximum Pool Size=30"));

        Assert.Equal((64, 2, true), (result.MaxAutoPrepare, result.AutoPrepareMinUsages, result.NoResetOnClose));
        Assert.Equal(("db", "cpdlog", "cpd", "secret", 30), (result.Host, result.Database, result.Username, result.Password, result.MaxPoolSize));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;Auto Prepare Min Usages=5;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;AUTO PREPARE MIN USAGES=5;NoResetOnClose=false")]
    public void Apply_NeverOverridesWhatTheOperatorSet(string given)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(given));

        Assert.Equal((0, 5, false), (result.MaxAutoPrepare, result.AutoPrepareMinUsages, result.NoResetOnClose));
    }
}
