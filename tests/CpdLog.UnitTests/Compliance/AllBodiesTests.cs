namespace CpdLog.UnitTests.Compliance;

using System.Text.RegularExpressions;
using CpdLog.Core.Compliance;
using CpdLog.Core.Records;
using CpdLog.UnitTests.Builders;

/// <summary>Invariants every rule version in the catalogue must keep.</summary>
public sealed partial class AllBodiesTests
{
    public static TheoryData<string, string> Versions()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in BodyCatalogue.AllVersions)
        {
            data.Add(version.RuleSet.Code, version.RuleSet.Version);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Evaluate_DeletedAndPlannedRecords_NeverChangeTheResult(string code, string version)
    {
        var rules = Rules(code, version);
        var baseline = Realistic().Build();
        var junk = baseline with
        {
            Activities = [.. baseline.Activities, .. Junk()],
            Reflections = [.. baseline.Reflections, A.Reflection().On(2026, 5, 1).About(Junk()[0]).Deleted()],
            Feedback = [.. baseline.Feedback, .. Enum.GetValues<FeedbackSource>().Select(s => A.Feedback().On(2026, 5, 1).From(s).Deleted().Build())],
            PracticeHours = [.. baseline.PracticeHours, A.PracticeHours().WithHours(900m).Deleted()],
            Discussions = [.. baseline.Discussions, A.Discussion().On(2026, 5, 1).Deleted()],
            Confirmations = [.. baseline.Confirmations, A.Confirmation().On(2026, 5, 1).Deleted()],
            Declarations = [.. baseline.Declarations, A.Declaration().On(2026, 5, 1).Deleted(), A.Declaration().On(2026, 5, 1).Indemnity().Deleted()],
        };

        Assert.Equal(Summary(rules.Evaluate(baseline)), Summary(rules.Evaluate(junk)));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Evaluate_SameInputTwice_SameResult(string code, string version)
    {
        var rules = Rules(code, version);
        var input = Realistic().Build();

        Assert.Equal(rules.Evaluate(input).Requirements, rules.Evaluate(input).Requirements);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Evaluate_EveryRequirement_HasKebabCodeTitleUnitSourceAndNextStep(string code, string version)
    {
        var result = Rules(code, version).Evaluate(Realistic());

        Assert.NotEmpty(result.Requirements);
        Assert.Equal(result.Requirements.Count, result.Requirements.Select(r => r.Code).Distinct().Count());
        Assert.All(result.Requirements, r =>
        {
            Assert.Matches(KebabCase(), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Unit));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.EndsWith(".", r.NextStep);
        });
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Evaluate_Result_CarriesBodyVersionAsOfAndDaysLeft(string code, string version)
    {
        var input = Realistic().Build();

        var result = Rules(code, version).Evaluate(input);

        Assert.Equal(code, result.Body);
        Assert.Equal(version, result.RuleVersion);
        Assert.Equal(input.AsOf, result.AsOf);
        Assert.Equal(result.Cycle.Deadline.DayNumber - input.AsOf.DayNumber, result.DaysLeft);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void GetCycle_EveryDayOverEightYears_ContainsAsOfAndTilesWithoutGaps(string code, string version)
    {
        var rules = Rules(code, version);
        var options = new Dictionary<string, string>();
        var anchor = new DateOnly(2028, 2, 29);
        CpdCycle? previous = null;

        for (var day = new DateOnly(2022, 1, 1); day <= new DateOnly(2030, 12, 31); day = day.AddDays(1))
        {
            var cycle = rules.GetCycle(anchor, options, day);
            Assert.True(cycle.Contains(day), $"{code} cycle {cycle} does not contain {day}");
            Assert.True(cycle.Deadline <= cycle.End && cycle.Deadline >= cycle.Start);
            if (previous is not null && previous != cycle && code != "CIPFA")
            {
                // Fixed cycles follow on from each other; CIPFA's window rolls by a year so it overlaps by design.
                Assert.Equal(previous.End.AddDays(1), cycle.Start);
            }

            previous = cycle;
        }
    }

    private static IBodyRuleSet Rules(string code, string version) => BodyCatalogue.FindVersion(code, version)!;

    /// <summary>Some of everything, dated in the current cycle of every body for anchor 2027-03-31, asOf 2026-06-15.</summary>
    private static ComplianceInputBuilder Realistic()
    {
        var reflected = A.Activity().On(2026, 2, 1).WithHours(6m).Verifiable().Ethics().Tagged("quality-improvement").Build();
        return A.Input()
            .AnchoredOn(2027, 3, 31)
            .AsOf(2026, 6, 15)
            .With(reflected, A.Activity().On(2025, 11, 20).WithHours(3m).Participatory(3m).OfType(ActivityType.WorkBasedLearning))
            .With(A.Reflection().On(2026, 2, 2).About(reflected), A.Reflection().On(2026, 3, 1))
            .With(A.Feedback().On(2026, 1, 10), A.Feedback().On(2026, 1, 11).From(FeedbackSource.Patient))
            .With(A.PracticeHours().WithHours(300m))
            .With(A.Discussion().On(2026, 4, 1))
            .With(A.Confirmation().On(2026, 4, 2))
            .With(A.Declaration().On(2026, 4, 3));
    }

    /// <summary>Records that would satisfy anything if they counted: every type, tag and flag.</summary>
    private static CpdActivity[] Junk() =>
    [
        .. Enum.GetValues<ActivityType>().Select(t => A.Activity().On(2026, 5, 1).WithHours(100m).Participatory(100m).Verifiable().Ethics()
            .OfType(t).Tagged("quality-improvement,significant-event,colleague-feedback,patient-feedback,complaint").Deleted().Build()),
        .. Enum.GetValues<ActivityType>().Select(t => A.Activity().On(2026, 5, 1).WithHours(100m).Participatory(100m).Verifiable().Ethics()
            .OfType(t).Tagged("quality-improvement,significant-event,colleague-feedback,patient-feedback,complaint").Planned().Build()),
    ];

    private static string Summary(ComplianceResult result) =>
        string.Join("|", result.Requirements.Select(r => $"{r.Code}:{r.Required}:{r.Achieved}:{r.Met}:{r.NextStep}"));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
