namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

/// <summary>The status rule of issue 14 at each of its edges (docs/requirement-codes.md, "Status scale").</summary>
public sealed class StatusScaleTests
{
    // A window of exactly 100 days: 1 January to 10 April 2026. Day k of the window is Start + (k − 1).
    private static readonly CpdCycle Cycle = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 4, 10));

    private static DateOnly Day(int k) => Cycle.Start.AddDays(k - 1);

    private static RequirementResult Hours(decimal required, decimal achieved, RequirementSeverity severity = RequirementSeverity.Required) =>
        new("cpd-hours", "CPD hours", required, achieved, "hours", achieved >= required, severity, "", "test");

    private static RequirementResult Items(decimal required, decimal achieved, string unit = "accounts") =>
        new("reflections", "Reflections", required, achieved, unit, achieved >= required, RequirementSeverity.Required, "", "test");

    private static string Status(RequirementResult r, DateOnly today) => StatusScale.Of(r, Cycle, today).Code();

    [Fact]
    public void Met_StaysMet_EvenAfterTheDeadline() =>
        Assert.Equal("met", Status(Hours(35, 35), Cycle.Deadline.AddDays(400)));

    [Theory]
    [InlineData(1, "on-track")] // elapsed 1%: first 10%
    [InlineData(9, "on-track")] // 9%
    [InlineData(10, "on-track")] // 10%: the pace line is 0 here, so nothing done is still on track
    [InlineData(11, "at-risk")] // 11%: line = 35 × 0.11 − 3.5 = 0.35 hours
    public void FirstTenPercent_NothingDone_OnTrackThenAtRisk(int day, string expected) =>
        Assert.Equal(expected, Status(Hours(35, 0), Day(day)));

    [Theory]
    [InlineData(14.0, "on-track")] // day 50: line = 35 × 0.5 − 3.5 = 14 exactly
    [InlineData(13.99, "at-risk")]
    public void Hours_AtThePaceLine_OnTrack_JustBelow_AtRisk(double achieved, string expected) =>
        Assert.Equal(expected, Status(Hours(35, (decimal)achieved), Day(50)));

    [Theory]
    [InlineData(50, 2, "on-track")] // floor(5 × 0.5 − 0.5) = 2
    [InlineData(50, 1, "at-risk")]
    [InlineData(60, 2, "on-track")] // floor(3 − 0.5) = 2: rounded down (hours would need 2.5)
    [InlineData(70, 2, "at-risk")] // floor(3.5 − 0.5) = 3
    [InlineData(100, 4, "on-track")] // last day: floor(5 − 0.5) = 4
    [InlineData(100, 3, "at-risk")]
    public void CountedItems_PaceLineRoundedDown(int day, int achieved, string expected) =>
        Assert.Equal(expected, Status(Items(5, achieved), Day(day)));

    [Fact]
    public void OneCountedItem_OnTrackUntilItsDeadline_NotMetTheDayAfter()
    {
        var declaration = Items(1, 0, "declaration");

        Assert.Equal("on-track", Status(declaration, Cycle.Deadline)); // floor(1 − 0.1) = 0
        Assert.Equal("not-met", Status(declaration, Cycle.Deadline.AddDays(1)));
    }

    [Theory]
    [InlineData(0, "at-risk")] // the deadline day itself is not "passed"
    [InlineData(1, "not-met")]
    [InlineData(365, "not-met")]
    public void DeadlinePassedUnmet_NotMet(int daysAfterDeadline, string expected) =>
        Assert.Equal(expected, Status(Hours(35, 30), Cycle.Deadline.AddDays(daysAfterDeadline)));

    [Theory]
    [InlineData(52.0, "at-risk")] // 48 hours left, 2 days left (today and the deadline): exactly possible
    [InlineData(51.99, "not-met")] // 48.01 hours left: impossible even at 24 hours a day
    public void HoursLeft_MoreThan24ADay_NotMet(double achieved, string expected) =>
        Assert.Equal(expected, Status(Hours(100, (decimal)achieved), Cycle.Deadline.AddDays(-1)));

    [Fact]
    public void TwentyFourHourTest_AppliesEvenInTheFirstTenPercent()
    {
        // 450 practice hours in a 10-day window: 240 hours possible at most.
        var r = Hours(450, 0) with { OpensOn = new DateOnly(2026, 4, 1) };

        Assert.Equal("not-met", Status(r, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void TwentyFourHourTest_NotForCountedItems()
    {
        var r = Items(500, 0);

        Assert.Equal("at-risk", Status(r, Cycle.Deadline)); // 500 reflections in a day are judged by pace, never "impossible"
    }

    [Theory]
    [InlineData("units")] // ACCA: 1 unit = 1 hour
    [InlineData("credits")] // GMC: 1 credit = 1 hour
    public void UnitsAndCredits_AreTime(string unit) =>
        Assert.Equal(RequirementMeasure.Time, StatusScale.MeasureOf(Hours(40, 0) with { Unit = unit }));

    [Fact]
    public void NotDue_BeforeTheWindowOpens_ThenPaceFromTheOpeningDay()
    {
        var confirmation = Items(1, 0, "confirmation") with { OpensOn = new DateOnly(2026, 3, 1) };

        Assert.Equal("not-due", Status(confirmation, new DateOnly(2026, 2, 28)));
        Assert.Equal("on-track", Status(confirmation, new DateOnly(2026, 3, 1)));
        Assert.Equal("not-met", Status(confirmation, Cycle.Deadline.AddDays(1)));
    }

    [Fact]
    public void NotDue_WinsOverWarning_ForAnAdvisoryItemNotYetOpen()
    {
        var later = Hours(20, 0, RequirementSeverity.Advisory) with { OpensOn = new DateOnly(2026, 6, 1) };

        Assert.Equal("not-due", Status(later, new DateOnly(2026, 5, 31)));
        Assert.Equal("warning", Status(later, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Advisory_Unmet_IsAWarning_NeverNotMet()
    {
        Assert.Equal("warning", Status(Hours(30, 0, RequirementSeverity.Advisory), Day(1)));
        Assert.Equal("warning", Status(Hours(30, 0, RequirementSeverity.Advisory), Cycle.Deadline.AddDays(30)));
    }

    [Fact]
    public void OwnDeadline_DueBy_DecidesNotMet()
    {
        var pastYear = Hours(20, 5) with { OpensOn = new DateOnly(2026, 1, 1), DueBy = new DateOnly(2026, 1, 31) };

        Assert.Equal("not-met", Status(pastYear, new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void Fault_AtRiskUntilTheDeadline_NotMetAfter()
    {
        var gap = new RequirementResult("continuous-record", "Continuous record", 0, 1, "gaps", false, RequirementSeverity.Required, "", "test")
        {
            Measure = RequirementMeasure.Fault,
        };

        Assert.Equal("at-risk", Status(gap, Day(2)));
        Assert.Equal("at-risk", Status(gap, Cycle.Deadline));
        Assert.Equal("not-met", Status(gap, Cycle.Deadline.AddDays(1)));
        Assert.Equal(1m, StatusScale.Projected(gap, Cycle, Day(50)));
    }

    [Theory]
    [InlineData(new[] { "met", "met" }, "met")]
    [InlineData(new[] { "met", "warning" }, "warning")]
    [InlineData(new[] { "warning", "not-due" }, "not-due")]
    [InlineData(new[] { "not-due", "on-track" }, "on-track")] // equal rank: on-track is named
    [InlineData(new[] { "on-track", "at-risk", "not-due" }, "at-risk")]
    [InlineData(new[] { "at-risk", "not-met", "met" }, "not-met")]
    public void Registration_TakesTheWorst(string[] statuses, string expected)
    {
        var requirements = statuses.Select(Make).ToList();
        var result = new ComplianceResult("TEST", "v1", Cycle, requirements) { AsOf = Day(50) };

        Assert.Equal(expected, StatusScale.Of(result, Day(50)).Code());
        Assert.Equal(expected, result.Status.Code());

        static RequirementResult Make(string status) => status switch
        {
            "met" => Hours(1, 1),
            "warning" => Hours(30, 0, RequirementSeverity.Advisory),
            "not-due" => Items(1, 0) with { OpensOn = new DateOnly(2026, 12, 1) },
            "on-track" => Hours(35, 20),
            "at-risk" => Hours(35, 1),
            _ => Hours(35, 1) with { DueBy = new DateOnly(2026, 1, 31) },
        };
    }

    [Fact]
    public void Registration_NoRequirements_Met() =>
        Assert.Equal(ComplianceStatus.Met, StatusScale.Of(new ComplianceResult("TEST", "v1", Cycle, []), Day(1)));

    [Theory]
    [InlineData(50, 10.0, 20.0)] // half way with 10 hours: 20 at the deadline
    [InlineData(1, 1.0, 100.0)] // the first day counts as begun
    [InlineData(100, 30.0, 30.0)] // the last day: what is done
    [InlineData(30, 10.0, 33.33)] // 10 ÷ 0.3, to the hundredth, rounded towards zero
    public void Projected_Hours_AchievedOverElapsed(int day, double achieved, double projected) =>
        Assert.Equal((decimal)projected, StatusScale.Projected(Hours(35, (decimal)achieved), Cycle, Day(day)));

    [Fact]
    public void Projected_CountedItems_WholeItemsOnly() =>
        Assert.Equal(3m, StatusScale.Projected(Items(5, 2), Cycle, Day(60))); // 2 ÷ 0.6 = 3.33 → 3

    [Fact]
    public void Projected_OutsideTheWindow_IsWhatIsDone()
    {
        var r = Hours(20, 4) with { OpensOn = new DateOnly(2026, 2, 1) };

        Assert.Equal(4m, StatusScale.Projected(r, Cycle, new DateOnly(2026, 1, 15)));
        Assert.Equal(4m, StatusScale.Projected(r, Cycle, Cycle.Deadline.AddDays(1)));
    }

    [Fact]
    public void Elapsed_OneDayWindow_IsWhole()
    {
        Assert.Equal(1m, StatusScale.Elapsed(Day(5), Day(5), Day(5)));
        Assert.Equal(0m, StatusScale.Elapsed(Day(5), Day(5), Day(4)));
    }

    [Theory]
    [InlineData("met", "Met")]
    [InlineData("on-track", "On track")]
    [InlineData("at-risk", "At risk")]
    [InlineData("not-met", "Not met")]
    [InlineData("not-due", "Not due")]
    [InlineData("warning", "Warning")]
    [InlineData("behind", "Unknown")]
    public void Words_OneWordingPerCode(string code, string words) => Assert.Equal(words, ComplianceStatusText.Words(code));

    // ---- Bodies: the refinements in docs/requirement-codes.md ----

    [Fact]
    public void Nmc_460DaysLeft_NothingDone_ConfirmationNotDue_NothingNotMet()
    {
        // Renewal 31 March 2028: application date 1 March 2028; 460 days before it is 29 November 2026.
        var asOf = new DateOnly(2028, 3, 1).AddDays(-460);
        var result = new NmcRuleSet().Evaluate(A.Input().AnchoredOn(2028, 3, 31).AsOf(asOf));

        Assert.Equal(460, result.DaysLeft);
        Assert.Equal("not-due", result.StatusOf("confirmation"));
        Assert.Equal("on-track", result.StatusOf("health-character"));
        Assert.Equal("at-risk", result.StatusOf("cpd-hours"));
        Assert.Equal("at-risk", result.Status.Code());
        Assert.DoesNotContain(result.Requirements, r => result.StatusOf(r) == ComplianceStatus.NotMet);
    }

    [Fact]
    public void Nmc_Confirmation_NotDueTheDayBeforeTheFinalYear_OnTrackFromItsFirstDay()
    {
        // Renewal 30 April 2027: the final year starts 1 May 2026.
        Assert.Equal("not-due", new NmcRuleSet().Evaluate(A.Input().AnchoredOn(2027, 4, 30).AsOf(2026, 4, 30)).StatusOf("confirmation"));
        Assert.Equal("on-track", new NmcRuleSet().Evaluate(A.Input().AnchoredOn(2027, 4, 30).AsOf(2026, 5, 1)).StatusOf("confirmation"));
    }

    [Fact]
    public void Nmc_PracticeHours_ImpossibleInTheDaysLeft_NotMet()
    {
        // Application date 1 April 2027; on 14 March 2027 19 days are left (456 hours at most) and 450 are needed: possible.
        Assert.Equal("at-risk", new NmcRuleSet().Evaluate(A.Input().AnchoredOn(2027, 4, 30).AsOf(2027, 3, 14)).StatusOf("practice-hours"));
        // On 15 March 2027, 18 days are left: 432 hours at most.
        Assert.Equal("not-met", new NmcRuleSet().Evaluate(A.Input().AnchoredOn(2027, 4, 30).AsOf(2027, 3, 15)).StatusOf("practice-hours"));
    }

    [Fact]
    public void Nmc_Submitted_MissingItemsAreNotMetFromTheDayAfterSubmission()
    {
        var input = A.Input().AnchoredOn(2027, 4, 30).WithOption(NmcRuleSet.SubmittedOnOption, "2027-02-10");

        Assert.Equal("on-track", new NmcRuleSet().Evaluate(input.AsOf(2027, 2, 10)).StatusOf("indemnity"));
        Assert.Equal("not-met", new NmcRuleSet().Evaluate(input.AsOf(2027, 2, 11)).StatusOf("indemnity"));
    }

    [Fact]
    public void Hcpc_UnexplainedGap_AtRisk()
    {
        var result = new HcpcRuleSet().Evaluate(A.Input().AnchoredOn(2027, 6, 30).AsOf(2026, 6, 1)
            .With(A.Activity().On(2025, 7, 15)));

        Assert.False(result.Requirement("continuous-record").Met);
        Assert.Equal("at-risk", result.StatusOf("continuous-record"));
    }

    [Fact]
    public void Gmc_MissedEarlierAppraisalYear_NotMet_CurrentYearOnTrack()
    {
        var result = new GmcRuleSet().Evaluate(A.Input().AnchoredOn(2028, 1, 31).AsOf(2025, 3, 1));

        Assert.Equal("not-met", result.StatusOf("past-appraisals"));
        Assert.Equal("on-track", result.StatusOf("annual-appraisal"));
    }

    [Fact]
    public void Cipfa_Rolling_PastYearShort_NotMet()
    {
        var result = new CipfaRuleSet().Evaluate(A.Input().AnchoredOn(2024, 4, 1).AsOf(2026, 6, 1)
            .WithOption(CipfaRuleSet.CycleOption, CipfaRuleSet.RollingCycle));

        Assert.Equal("not-met", result.StatusOf("annual-hours-y1"));
        Assert.Equal("not-met", result.StatusOf("annual-hours-y2"));
        Assert.Equal("at-risk", result.StatusOf("annual-hours-y3")); // 62 of 365 days: line = 20 × 0.17 − 2 = 1.4 hours
    }
}
