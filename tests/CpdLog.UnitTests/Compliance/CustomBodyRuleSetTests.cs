namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Records;
using CpdLog.UnitTests.Builders;

public sealed class CustomBodyRuleSetTests
{
    private static readonly IReadOnlyDictionary<string, string> NoOptions = new Dictionary<string, string>();

    [Fact]
    public void GetCycle_RenewalDateKind_EndsOnAnchorAnniversary()
    {
        var rules = BodyCatalogue.ForCustom(A.CustomBody().Cycle(24, AnchorKind.RenewalDate));

        var cycle = rules.GetCycle(new DateOnly(2026, 6, 30), NoOptions, new DateOnly(2025, 1, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2024, 7, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30)), cycle);
    }

    [Fact]
    public void GetCycle_CycleStartKind_StartsOnAnchorAnniversary()
    {
        var rules = BodyCatalogue.ForCustom(A.CustomBody().Cycle(12, AnchorKind.CycleStart));

        var cycle = rules.GetCycle(new DateOnly(2025, 9, 1), NoOptions, new DateOnly(2027, 2, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31), new DateOnly(2027, 8, 31)), cycle);
    }

    [Fact]
    public void GetCycle_CycleStartKindAsOfBeforeAnchor_ReturnsEarlierCycle()
    {
        var rules = BodyCatalogue.ForCustom(A.CustomBody().Cycle(6, AnchorKind.CycleStart));

        var cycle = rules.GetCycle(new DateOnly(2025, 9, 1), NoOptions, new DateOnly(2025, 8, 31));

        Assert.Equal(new DateOnly(2025, 3, 1), cycle.Start);
        Assert.Equal(new DateOnly(2025, 8, 31), cycle.End);
    }

    [Fact]
    public void Evaluate_NoThresholds_NoRequirementsAndMet()
    {
        var result = BodyCatalogue.ForCustom(A.CustomBody().RequiringHours(null, 0m)).Evaluate(Input());

        Assert.Empty(result.Requirements);
        Assert.True(result.Met);
    }

    [Theory]
    [InlineData(9.5, false)]
    [InlineData(10, true)]
    public void Evaluate_HoursThreshold_MetAtThreshold(double hours, bool met)
    {
        var rules = BodyCatalogue.ForCustom(A.CustomBody().RequiringHours(10m));

        var result = rules.Evaluate(Input().With(A.Activity().On(2026, 3, 1).WithHours((decimal)hours)));

        Assert.Equal(met, result.Requirement("cpd-hours").Met);
        Assert.Single(result.Requirements);
    }

    [Fact]
    public void Evaluate_EveryThreshold_ReportsEveryCodeInOrder()
    {
        var rules = BodyCatalogue.ForCustom(A.CustomBody().RequiringHours(10m, 5m, 3m).RequiringRecords(2, 1, 2));
        var input = Input()
            .With(A.Activity().On(2026, 3, 1).WithHours(10m).Participatory(5m).Verifiable(),
                A.Activity().On(2026, 3, 1).OfType(ActivityType.WorkBasedLearning))
            .WithMany(2, () => A.Reflection().On(2026, 3, 1))
            .With(A.Feedback().On(2026, 3, 1));

        var result = rules.Evaluate(input);

        Assert.Equal(["cpd-hours", "participatory-hours", "verifiable-hours", "reflections", "feedback", "activity-types"],
            result.Requirements.Select(r => r.Code));
        Assert.True(result.Met);
    }

    [Fact]
    public void Evaluate_Source_CitesDefinitionNotesAndVersion()
    {
        var result = BodyCatalogue.ForCustom(A.CustomBody().RequiringHours(10m).AtVersion(2)).Evaluate(Input());

        Assert.Equal("The Institute of Leadership: Agreed with the Learning and Development team (custom-v2)",
            result.Requirement("cpd-hours").Source);
    }

    [Fact]
    public void ForCustom_DefinitionEditedAfterwards_RuleSetUnchanged()
    {
        var definition = A.CustomBody().RequiringHours(10m).Build();
        var rules = BodyCatalogue.ForCustom(definition);

        definition.RequiredHours = 50m;
        definition.Code = "X-OTHER";

        Assert.Equal(10m, rules.Evaluate(Input()).Requirement("cpd-hours").Required);
        Assert.Equal("X-ILM", rules.Code);
    }

    [Fact]
    public void Evaluate_DeletedAndPlannedActivities_AreIgnored()
    {
        var rules = BodyCatalogue.ForCustom(A.CustomBody().RequiringHours(10m));

        var result = rules.Evaluate(Input().With(
            A.Activity().On(2026, 3, 1).WithHours(10m).Deleted(),
            A.Activity().On(2026, 3, 1).WithHours(10m).Planned()));

        Assert.Equal(0m, result.Requirement("cpd-hours").Achieved);
    }

    [Fact]
    public void Validate_SensibleDefinition_NoErrors()
    {
        Assert.Empty(A.CustomBody().RequiringHours(30m, 10m).Build().Validate());
    }

    [Theory]
    [InlineData("", "Code must be")]
    [InlineData("X ILM", "Code must be")]
    [InlineData("nmc", "already used by a built-in body")]
    public void Validate_BadCode_ReportsError(string code, string error)
    {
        var errors = A.CustomBody().WithCode(code).Build().Validate();

        Assert.Contains(errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadThresholds_ReportsEachProblem()
    {
        var definition = A.CustomBody().WithName(" ").Cycle(0, AnchorKind.RenewalDate).RequiringHours(10m, 12m).RequiringRecords(-1, null, 6).Build();

        var errors = definition.Validate();

        Assert.Equal(5, errors.Count);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2025, 9, 1).AsOf(2026, 6, 1);
}
