namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

// Default input: renewal date 31 March 2027, judged 15 January 2027.
// Cycle 1 April 2024 – 31 March 2027; application due 1 March 2027; confirmation window opens 31 March 2026.
public sealed class NmcRuleSetTests
{
    private readonly NmcRuleSet _rules = new();

    [Fact]
    public void GetCycle_RenewalDateAnchor_EndsOnRenewalAndStartsDayAfterPreviousRenewal()
    {
        var cycle = _rules.GetCycle(new DateOnly(2027, 3, 31), new Dictionary<string, string>(), new DateOnly(2027, 1, 15));

        Assert.Equal(new CpdCycle(new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31), new DateOnly(2027, 3, 1)), cycle);
    }

    [Fact]
    public void GetCycle_AsOfOnRenewalDate_IsLastDayOfThatCycle()
    {
        var cycle = _rules.GetCycle(new DateOnly(2027, 3, 31), new Dictionary<string, string>(), new DateOnly(2027, 3, 31));

        Assert.Equal(new DateOnly(2027, 3, 31), cycle.End);
    }

    [Fact]
    public void GetCycle_AsOfDayAfterRenewal_RollsToNextCycle()
    {
        var cycle = _rules.GetCycle(new DateOnly(2027, 3, 31), new Dictionary<string, string>(), new DateOnly(2027, 4, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2027, 4, 1), new DateOnly(2030, 3, 31), new DateOnly(2030, 3, 1)), cycle);
    }

    [Fact]
    public void GetCycle_AnchorInFarFuture_FindsCycleContainingAsOf()
    {
        var cycle = _rules.GetCycle(new DateOnly(2036, 3, 31), new Dictionary<string, string>(), new DateOnly(2027, 1, 15));

        Assert.Equal(new DateOnly(2024, 4, 1), cycle.Start);
        Assert.Equal(new DateOnly(2027, 3, 31), cycle.End);
    }

    [Fact]
    public void GetCycle_LeapDayAnchor_StartsAfterClampedPreviousRenewal()
    {
        // 29 Feb 2028 minus 3 years has no 29th: previous renewal is 28 Feb 2025.
        var cycle = _rules.GetCycle(new DateOnly(2028, 2, 29), new Dictionary<string, string>(), new DateOnly(2027, 6, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2025, 3, 1), new DateOnly(2028, 2, 29), new DateOnly(2028, 2, 1)), cycle);
    }

    [Fact]
    public void GetCycle_LeapDayAnchorTwelveYearsOn_ReturnsTo29February()
    {
        var cycle = _rules.GetCycle(new DateOnly(2028, 2, 29), new Dictionary<string, string>(), new DateOnly(2039, 5, 1));

        Assert.Equal(new DateOnly(2040, 2, 29), cycle.End);
        Assert.Equal(new DateOnly(2037, 3, 1), cycle.Start);
    }

    [Fact]
    public void GetCycle_LeapDayAnchorNonLeapRenewal_EndsOn28February()
    {
        var cycle = _rules.GetCycle(new DateOnly(2028, 2, 29), new Dictionary<string, string>(), new DateOnly(2028, 3, 1));

        Assert.Equal(new DateOnly(2028, 3, 1), cycle.Start);
        Assert.Equal(new DateOnly(2031, 2, 28), cycle.End);
        Assert.Equal(new DateOnly(2031, 2, 1), cycle.Deadline);
    }

    [Theory]
    [InlineData(34.75, false)]
    [InlineData(35, true)]
    [InlineData(35.25, true)]
    public void Evaluate_CpdHoursAroundThreshold_MetOnlyFrom35(double hours, bool met)
    {
        var result = _rules.Evaluate(A.Input().With(A.Activity().On(2026, 6, 1).WithHours((decimal)hours)));

        var requirement = result.Requirement("cpd-hours");
        Assert.Equal(met, requirement.Met);
        Assert.Equal(35m, requirement.Required);
        Assert.Equal((decimal)hours, requirement.Achieved);
    }

    [Fact]
    public void Evaluate_CpdHoursShortByAQuarter_NextStepNamesShortfallAndDeadline()
    {
        var result = _rules.Evaluate(A.Input().With(A.Activity().WithHours(34.75m)));

        Assert.Equal("Log 0.25 more CPD hours before 1 March 2027.", result.Requirement("cpd-hours").NextStep);
    }

    [Theory]
    [InlineData(19.75, false)]
    [InlineData(20, true)]
    public void Evaluate_ParticipatoryHoursAroundThreshold_MetOnlyFrom20(double hours, bool met)
    {
        var result = _rules.Evaluate(A.Input().With(A.Activity().WithHours(30m).Participatory((decimal)hours)));

        Assert.Equal(met, result.Requirement("participatory-hours").Met);
    }

    [Fact]
    public void Evaluate_ParticipatoryHoursShort_NextStepIsPlainEnglish()
    {
        var result = _rules.Evaluate(A.Input().With(A.Activity().WithHours(30m).Participatory(16.5m)));

        Assert.Equal("Log 3.5 more participatory hours before 1 March 2027.", result.Requirement("participatory-hours").NextStep);
    }

    [Fact]
    public void Evaluate_ParticipatoryHoursAboveActivityHours_CountsOnlyActivityHours()
    {
        var result = _rules.Evaluate(A.Input().With(A.Activity().WithHours(2m).WithRawParticipatoryHours(25m)));

        Assert.Equal(2m, result.Requirement("participatory-hours").Achieved);
    }

    [Theory]
    [InlineData(2024, 3, 31, false)] // day before cycle start
    [InlineData(2024, 4, 1, true)] // cycle start
    [InlineData(2027, 3, 1, true)] // application date (no submission date recorded)
    [InlineData(2027, 3, 2, false)] // after the application date: not done before applying
    [InlineData(2027, 3, 31, false)] // cycle end (renewal date)
    public void Evaluate_ActivityAtCycleEdge_CountsOnlyInsideCycle(int year, int month, int day, bool counts)
    {
        var result = _rules.Evaluate(A.Input().AsOf(2027, 3, 31).With(A.Activity().On(year, month, day).WithHours(35m)));

        Assert.Equal(counts, result.Requirement("cpd-hours").Met);
    }

    [Fact]
    public void Evaluate_ActivityDayAfterCycleEnd_CountsTowardNextCycleOnly()
    {
        var input = A.Input().AsOf(2027, 4, 1).With(A.Activity().On(2027, 4, 1).WithHours(35m)).Build();

        var result = _rules.Evaluate(input);

        Assert.Equal(new DateOnly(2027, 4, 1), result.Cycle.Start);
        Assert.True(result.Requirement("cpd-hours").Met);
        Assert.False(_rules.Evaluate(input with { AsOf = new DateOnly(2027, 3, 31) }).Requirement("cpd-hours").Met);
    }

    [Fact]
    public void Evaluate_ActivityAfterAsOf_DoesNotCountYet()
    {
        var result = _rules.Evaluate(A.Input().AsOf(2027, 1, 15).With(A.Activity().On(2027, 1, 16).WithHours(35m)));

        Assert.Equal(0m, result.Requirement("cpd-hours").Achieved);
    }

    [Fact]
    public void Evaluate_DeletedAndPlannedActivities_AreIgnored()
    {
        var result = _rules.Evaluate(A.Input().With(
            A.Activity().WithHours(35m).Participatory(20m).Deleted(),
            A.Activity().WithHours(35m).Participatory(20m).Planned(),
            A.Activity().WithHours(1m)));

        Assert.Equal(1m, result.Requirement("cpd-hours").Achieved);
        Assert.Equal(0m, result.Requirement("participatory-hours").Achieved);
    }

    [Theory]
    [InlineData(449.5, false)]
    [InlineData(450, true)]
    public void Evaluate_SingleRegistrationPracticeHours_MetFrom450(double hours, bool met)
    {
        var result = _rules.Evaluate(A.Input().With(A.PracticeHours().WithHours((decimal)hours)));

        Assert.Equal(met, result.Requirement("practice-hours").Met);
        Assert.Equal(450m, result.Requirement("practice-hours").Required);
    }

    [Theory]
    [InlineData("nurse-and-midwife", "Midwife")]
    [InlineData("nursing-associate-and-nurse", "Nursing associate")]
    public void Evaluate_DualRegistrationWith450Each_Requires900AndIsMet(string registration, string second)
    {
        var result = _rules.Evaluate(A.Input()
            .WithOption(NmcRuleSet.RegistrationOption, registration)
            .With(A.PracticeHours().As("Nurse").WithHours(450m), A.PracticeHours().As(second).WithHours(450m)));

        var requirement = result.Requirement("practice-hours");
        Assert.Equal(900m, requirement.Required);
        Assert.True(requirement.Met);
    }

    [Fact]
    public void Evaluate_DualRegistrationAllHoursAsNurse_CapsEachRegistrationAt450()
    {
        var result = _rules.Evaluate(A.Input()
            .WithOption(NmcRuleSet.RegistrationOption, "nurse-and-midwife")
            .With(A.PracticeHours().As("Nurse").WithHours(900m)));

        var requirement = result.Requirement("practice-hours");
        Assert.False(requirement.Met);
        Assert.Equal(450m, requirement.Achieved);
        Assert.Equal("Log 450 more hours as a midwife before 1 March 2027.", requirement.NextStep);
    }

    [Fact]
    public void Evaluate_UnknownRegistrationOption_FallsBackToNurse()
    {
        var result = _rules.Evaluate(A.Input().WithOption("registration", "astronaut"));

        Assert.Equal(450m, result.Requirement("practice-hours").Required);
    }

    [Fact]
    public void Evaluate_DeletedPracticeHours_AreIgnored()
    {
        var result = _rules.Evaluate(A.Input().With(A.PracticeHours().WithHours(450m).Deleted()));

        Assert.Equal(0m, result.Requirement("practice-hours").Achieved);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Evaluate_FeedbackCount_MetFromFive(int count, bool met)
    {
        var result = _rules.Evaluate(A.Input().WithMany(count, () => A.Feedback()));

        Assert.Equal(met, result.Requirement("feedback").Met);
    }

    [Fact]
    public void Evaluate_FourFeedbackPieces_NextStepUsesSingular()
    {
        var result = _rules.Evaluate(A.Input().WithMany(4, () => A.Feedback()));

        Assert.Equal("Record 1 more piece of practice-related feedback before 1 March 2027.", result.Requirement("feedback").NextStep);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Evaluate_ReflectiveAccountCount_MetFromFive(int count, bool met)
    {
        var result = _rules.Evaluate(A.Input().WithMany(count, () => A.Reflection()));

        Assert.Equal(met, result.Requirement("reflective-accounts").Met);
    }

    [Fact]
    public void Evaluate_DeletedReflectionsAndFeedback_AreIgnored()
    {
        var result = _rules.Evaluate(A.Input()
            .WithMany(5, () => A.Reflection().Deleted())
            .WithMany(5, () => A.Feedback().Deleted()));

        Assert.Equal(0m, result.Requirement("reflective-accounts").Achieved);
        Assert.Equal(0m, result.Requirement("feedback").Achieved);
    }

    [Fact]
    public void Evaluate_ReflectionBeforeCycleStart_IsIgnored()
    {
        var result = _rules.Evaluate(A.Input().WithMany(5, () => A.Reflection().On(2024, 3, 31)));

        Assert.False(result.Requirement("reflective-accounts").Met);
    }

    [Fact]
    public void Evaluate_NoReflectiveDiscussion_NotMet()
    {
        var requirement = _rules.Evaluate(A.Input()).Requirement("reflective-discussion");

        Assert.False(requirement.Met);
        Assert.StartsWith("Hold a reflective discussion with another NMC registrant", requirement.NextStep);
    }

    [Fact]
    public void Evaluate_DiscussionWithoutPartnerPin_NotMetAndAsksForPin()
    {
        var requirement = _rules.Evaluate(A.Input().With(A.Discussion().WithoutPin())).Requirement("reflective-discussion");

        Assert.False(requirement.Met);
        Assert.StartsWith("Add your partner's NMC Pin to the reflective discussion of 1 June 2026", requirement.NextStep);
    }

    [Fact]
    public void Evaluate_DiscussionWithPin_Met()
    {
        Assert.True(_rules.Evaluate(A.Input().With(A.Discussion())).Requirement("reflective-discussion").Met);
    }

    [Theory]
    [InlineData(2026, 6, 1, true)] // same day as confirmation
    [InlineData(2026, 5, 31, true)] // day before
    [InlineData(2026, 6, 2, false)] // day after
    public void Evaluate_NonRegistrantConfirmer_DiscussionMustBeOnOrBeforeConfirmation(int year, int month, int day, bool met)
    {
        var result = _rules.Evaluate(A.Input()
            .With(A.Confirmation().On(2026, 6, 1).ByNonNmcRegistrant())
            .With(A.Discussion().On(year, month, day)));

        var requirement = result.Requirement("reflective-discussion");
        Assert.Equal(met, requirement.Met);
        if (!met)
        {
            Assert.Contains("on or before the confirmation (1 June 2026)", requirement.NextStep);
        }
    }

    [Fact]
    public void Evaluate_RegistrantConfirmerDiscussionAfterConfirmation_Met()
    {
        var result = _rules.Evaluate(A.Input()
            .With(A.Confirmation().On(2026, 6, 1))
            .With(A.Discussion().On(2026, 6, 2)));

        Assert.True(result.Requirement("reflective-discussion").Met);
    }

    [Theory]
    [InlineData(2026, 3, 31, false)] // the renewal date one year earlier: the day before the final year
    [InlineData(2026, 4, 1, true)] // first day of the final year
    [InlineData(2026, 4, 2, true)] // the day after
    [InlineData(2026, 3, 30, false)] // 12 months and a day before
    [InlineData(2027, 1, 15, true)] // on the judgement date
    public void Evaluate_ConfirmationAroundFinal12Months_MetOnlyInsideWindow(int year, int month, int day, bool met)
    {
        var result = _rules.Evaluate(A.Input().With(A.Confirmation().On(year, month, day)));

        Assert.Equal(met, result.Requirement("confirmation").Met);
    }

    [Fact]
    public void Evaluate_ConfirmationTooEarly_NextStepSaysMeetAgainInWindow()
    {
        var requirement = _rules.Evaluate(A.Input().With(A.Confirmation().On(2025, 9, 1))).Requirement("confirmation");

        Assert.Equal(
            "Your confirmation of 1 September 2025 is before the final 12 months; meet your confirmer again between 1 April 2026 and 1 March 2027.",
            requirement.NextStep);
    }

    [Fact]
    public void Evaluate_DeletedConfirmation_IsIgnored()
    {
        Assert.False(_rules.Evaluate(A.Input().With(A.Confirmation().Deleted())).Requirement("confirmation").Met);
    }

    [Theory]
    [InlineData(2024, 3, 31, false)]
    [InlineData(2024, 4, 1, true)]
    [InlineData(2027, 1, 15, true)]
    [InlineData(2027, 1, 16, false)] // after the judgement date
    public void Evaluate_HealthCharacterDeclarationDate_MustBeInCycleAndNotAfterAsOf(int year, int month, int day, bool met)
    {
        var result = _rules.Evaluate(A.Input().With(A.Declaration().On(year, month, day)));

        Assert.Equal(met, result.Requirement("health-character").Met);
    }

    [Fact]
    public void Evaluate_HealthCharacterDeclarationOnly_DoesNotSatisfyIndemnity()
    {
        Assert.False(_rules.Evaluate(A.Input().With(A.Declaration())).Requirement("indemnity").Met);
    }

    [Theory]
    [InlineData(true, "", true)]
    [InlineData(false, "RCN indemnity scheme", true)]
    [InlineData(false, "", false)]
    public void Evaluate_IndemnityDeclaration_NeedsEmployerCoverOrNamedProvider(bool throughEmployer, string provider, bool met)
    {
        var requirement = _rules.Evaluate(A.Input().With(A.Declaration().Indemnity(throughEmployer, provider))).Requirement("indemnity");

        Assert.Equal(met, requirement.Met);
        if (!met)
        {
            Assert.StartsWith("Add the name of your indemnity provider", requirement.NextStep);
        }
    }

    [Fact]
    public void Evaluate_CompletePortfolio_AllNineRequirementsMet()
    {
        var result = _rules.Evaluate(CompletePortfolio());

        Assert.True(result.Met);
        Assert.False(result.HasWarnings);
        Assert.Equal(
            ["cpd-hours", "participatory-hours", "practice-hours", "feedback", "reflective-accounts", "reflective-discussion",
                "confirmation", "health-character", "indemnity"],
            result.Requirements.Select(r => r.Code));
        Assert.All(result.Requirements, r => Assert.Equal("Nothing more to do.", r.NextStep));
        Assert.Equal("NMC", result.Body);
        Assert.Equal("2016-04", result.RuleVersion);
    }

    [Fact]
    public void Evaluate_CompletePortfolioMissingOneReflection_NotMet()
    {
        var input = CompletePortfolio().Build();
        input = input with { Reflections = input.Reflections.Skip(1).ToList() };

        Assert.False(_rules.Evaluate(input).Met);
    }

    [Fact]
    public void Evaluate_DaysLeft_IsDeadlineMinusAsOf()
    {
        var result = _rules.Evaluate(A.Input().AsOf(2027, 1, 15));

        Assert.Equal(45, result.DaysLeft); // 15 Jan → 1 Mar 2027
    }

    [Fact]
    public void Evaluate_AfterDeadlineBeforeRenewal_NextStepSaysDeadlinePassed()
    {
        var result = _rules.Evaluate(A.Input().AsOf(2027, 3, 15));

        Assert.Equal(-14, result.DaysLeft);
        Assert.Equal(
            "Log 35 more CPD hours as soon as possible (the deadline, 1 March 2027, has passed).",
            result.Requirement("cpd-hours").NextStep);
    }

    private static ComplianceInputBuilder CompletePortfolio() => A.Input()
        .With(A.Activity().On(2025, 5, 1).WithHours(20m).Participatory(20m), A.Activity().On(2026, 2, 1).WithHours(15m))
        .With(A.PracticeHours().WithHours(450m))
        .WithMany(5, () => A.Feedback())
        .WithMany(5, () => A.Reflection())
        .With(A.Discussion().On(2026, 5, 1))
        .With(A.Confirmation().On(2026, 6, 1).ByNonNmcRegistrant())
        .With(A.Declaration(), A.Declaration().Indemnity());
}
