namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;

public sealed class CustomBodyVersionTests
{
    [Fact]
    public void ForCycleEnding_PicksTheLatestVersionInForce_AndTheFirstBeforeAnyDate()
    {
        var body = new CustomBodyDefinition { Code = "X-T", Name = "T", RequiredHours = 10, Version = 1 };
        Edit(body, 20, new DateOnly(2026, 6, 1));
        Edit(body, 15, new DateOnly(2025, 1, 1)); // a later correction from an earlier date

        Assert.Equal((1, 10m), Judge(body, new DateOnly(2024, 12, 31)));
        Assert.Equal((3, 15m), Judge(body, new DateOnly(2025, 1, 1)));
        Assert.Equal((3, 15m), Judge(body, new DateOnly(2026, 12, 31)));
        Assert.Equal("T", body.ForCycleEnding(new DateOnly(2024, 1, 1)).Name);
    }

    [Fact]
    public void ForCycleEnding_OnlyVersionsFromLaterDates_UsesTheFirstVersion()
    {
        var body = new CustomBodyDefinition { Code = "X-T", Name = "T", RequiredHours = 10, Version = 1, EffectiveFrom = new DateOnly(2025, 1, 1) };

        Assert.Equal((1, 10m), Judge(body, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void RuleSet_FromAVersion_NamesThatVersion()
    {
        var body = new CustomBodyDefinition { Code = "X-T", Name = "T", RequiredHours = 10, Version = 1 };
        Edit(body, 20, new DateOnly(2026, 1, 1));

        Assert.Equal("custom-v1", BodyCatalogue.ForCustom(body.ForCycleEnding(new DateOnly(2025, 12, 31))).Version);
        Assert.Equal("custom-v2", BodyCatalogue.ForCustom(body.ForCycleEnding(new DateOnly(2026, 12, 31))).Version);
    }

    private static void Edit(CustomBodyDefinition body, decimal hours, DateOnly from)
    {
        body.EarlierVersions = [.. body.EarlierVersions, body.CurrentRules];
        body.Version++;
        body.RequiredHours = hours;
        body.EffectiveFrom = from;
    }

    private static (int Version, decimal? Hours) Judge(CustomBodyDefinition body, DateOnly cycleEnd)
    {
        var rules = body.ForCycleEnding(cycleEnd);
        return (rules.Version, rules.RequiredHours);
    }
}
