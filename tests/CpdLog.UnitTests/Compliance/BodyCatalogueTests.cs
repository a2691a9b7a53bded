namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.UnitTests.Builders;

public sealed class BodyCatalogueTests
{
    private static readonly IReadOnlyDictionary<string, string> NoOptions = new Dictionary<string, string>();

    [Fact]
    public void All_ListsEachBuiltInBodyOnce()
    {
        Assert.Equal(
            ["NMC", "HCPC", "GMC", "CIPD", "ACCA", "CIMA", "ICAEW", "CIPFA", "CMI", "SCIENCE-COUNCIL"],
            BodyCatalogue.All.Select(b => b.Code));
    }

    [Fact]
    public void All_IcaewEntry_IsCurrentVersion()
    {
        Assert.Equal("2023-11", BodyCatalogue.All.Single(b => b.Code == "ICAEW").Version);
    }

    [Theory]
    [InlineData("nmc", "NMC")]
    [InlineData(" Hcpc ", "HCPC")]
    [InlineData("CSci", "SCIENCE-COUNCIL")]
    [InlineData("rsci", "SCIENCE-COUNCIL")]
    public void Find_CodeInAnyCase_ReturnsBody(string code, string expected)
    {
        Assert.Equal(expected, BodyCatalogue.Find(code)?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ILM")]
    [InlineData("X-ILM")]
    public void Find_UnknownCode_ReturnsNull(string code)
    {
        Assert.Null(BodyCatalogue.Find(code));
        Assert.Null(BodyCatalogue.Find(code, new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(2023, 10, 31, "raid")] // last CPD year under RAID
    [InlineData(2023, 11, 1, "2023-11")] // effective date itself
    [InlineData(2024, 10, 31, "2023-11")] // first CPD year under the 2023 rules
    [InlineData(2001, 10, 31, "raid")]
    public void Find_IcaewByCycleEnd_ReturnsVersionInForce(int year, int month, int day, string version)
    {
        Assert.Equal(version, BodyCatalogue.Find("icaew", new DateOnly(year, month, day))?.Version);
    }

    [Fact]
    public void Find_SingleVersionBodyBeforeAnyDate_ReturnsThatVersion()
    {
        Assert.Equal("NMC", BodyCatalogue.Find("NMC", new DateOnly(1990, 1, 1))?.Code);
    }

    [Fact]
    public void VersionsOf_Icaew_OldestFirstWithEffectiveDates()
    {
        var versions = BodyCatalogue.VersionsOf("ICAEW");

        Assert.Equal(["raid", "2023-11"], versions.Select(v => v.RuleSet.Version));
        Assert.Equal(new DateOnly(2023, 11, 1), versions[1].EffectiveFrom);
    }

    [Theory]
    [InlineData(2023, 6, 1, "raid")]
    [InlineData(2023, 10, 31, "raid")]
    [InlineData(2023, 11, 1, "2023-11")]
    [InlineData(2026, 2, 1, "2023-11")]
    public void Resolve_IcaewOnDate_PicksVersionForCycleContainingAsOf(int year, int month, int day, string version)
    {
        var rules = BodyCatalogue.Resolve("ICAEW", new DateOnly(2010, 1, 1), NoOptions, new DateOnly(year, month, day));

        Assert.Equal(version, rules?.Version);
    }

    [Fact]
    public void Resolve_PinnedVersion_WinsOverDate()
    {
        Assert.Equal("raid", BodyCatalogue.Resolve("ICAEW", new DateOnly(2010, 1, 1), NoOptions, new DateOnly(2026, 2, 1), "raid")?.Version);
    }

    [Fact]
    public void Resolve_UnknownPinnedVersion_FallsBackToVersionInForce()
    {
        Assert.Equal("2023-11", BodyCatalogue.Resolve("ICAEW", new DateOnly(2010, 1, 1), NoOptions, new DateOnly(2026, 2, 1), "1999")?.Version);
    }

    [Fact]
    public void Resolve_UnknownBody_ReturnsNull()
    {
        Assert.Null(BodyCatalogue.Resolve("NOPE", new DateOnly(2010, 1, 1), NoOptions, new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void FindVersion_KnownAndUnknown_ReturnsMatchOrNull()
    {
        Assert.Equal("raid", BodyCatalogue.FindVersion("ICAEW", "RAID")?.Version);
        Assert.Null(BodyCatalogue.FindVersion("ICAEW", "2019-01"));
    }

    [Fact]
    public void ForCustom_Definition_ReturnsRuleSetWithItsCode()
    {
        var rules = BodyCatalogue.ForCustom(A.CustomBody().AtVersion(3));

        Assert.Equal("X-ILM", rules.Code);
        Assert.Equal("custom-v3", rules.Version);
    }

    [Fact]
    public void AllVersions_EveryRuleSet_HasNameAnchorLabelAndVersion()
    {
        Assert.All(BodyCatalogue.AllVersions, v =>
        {
            Assert.False(string.IsNullOrWhiteSpace(v.RuleSet.Name));
            Assert.False(string.IsNullOrWhiteSpace(v.RuleSet.AnchorLabel));
            Assert.False(string.IsNullOrWhiteSpace(v.RuleSet.Version));
        });
    }

    [Fact]
    public void AllVersions_EveryOptionDefault_IsOneOfItsChoices()
    {
        Assert.All(BodyCatalogue.AllVersions.SelectMany(v => v.RuleSet.Options), o =>
            Assert.True(o.Choices.Count == 0 || o.Default.Length == 0 || o.Choices.Contains(o.Default), o.Key));
    }
}
