namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.Core.Records;
using CpdLog.UnitTests.Builders;

// Revalidation date 31 March 2026, judged 1 June 2025: cycle 1 April 2021 – 31 March 2026;
// appraisal year 5 is 1 April 2025 – 31 March 2026.
public sealed class GmcRuleSetTests
{
    private readonly GmcRuleSet _rules = new();

    [Fact]
    public void GetCycle_RevalidationDateAnchor_FiveYearsEndingOnIt()
    {
        var cycle = _rules.GetCycle(new DateOnly(2026, 3, 31), new Dictionary<string, string>(), new DateOnly(2025, 6, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2021, 4, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 31)), cycle);
    }

    [Theory]
    [InlineData(49.5, false)]
    [InlineData(50, true)]
    public void Evaluate_AnnualCredits_AdvisoryAt50(double credits, bool met)
    {
        // The supporting-information activities fall in earlier appraisal years, so only this one counts.
        var result = _rules.Evaluate(AllSupportingInformation().With(A.Activity().On(2025, 5, 1).WithHours((decimal)credits)));

        var requirement = result.Requirement("annual-credits");
        Assert.Equal(met, requirement.Met);
        Assert.Equal(RequirementSeverity.Advisory, requirement.Severity);
        Assert.True(result.Met);
        Assert.Equal(met ? "met" : "warning", result.StatusOf(requirement).Code());
    }

    [Fact]
    public void Evaluate_CreditsInPreviousAppraisalYear_DoNotCountThisYear()
    {
        var result = _rules.Evaluate(Input().With(A.Activity().On(2025, 3, 31).WithHours(50m)));

        Assert.Equal(0m, result.Requirement("annual-credits").Achieved);
        Assert.Equal(50m, result.Requirement("cycle-credits").Achieved);
        Assert.Contains("1 April 2025 to 31 March 2026", result.Requirement("annual-credits").Title);
    }

    [Theory]
    [InlineData(249, false)]
    [InlineData(250, true)]
    public void Evaluate_CycleCredits_AdvisoryAt250(int credits, bool met)
    {
        // The two tagged supporting-information activities already give 2 credits.
        var result = _rules.Evaluate(AllSupportingInformation().With(A.Activity().On(2022, 5, 1).WithHours(credits - 2)));

        Assert.Equal(credits, (int)result.Requirement("cycle-credits").Achieved);

        Assert.Equal(met, result.Requirement("cycle-credits").Met);
        Assert.True(result.Met);
    }

    [Fact]
    public void Evaluate_AllSixSupportingInformationTypes_Met()
    {
        var result = _rules.Evaluate(AllSupportingInformation());

        Assert.True(result.Met);
        Assert.All(
            ["cpd", "quality-improvement", "significant-events", "colleague-feedback", "patient-feedback", "complaints-compliments"],
            code => Assert.True(result.Requirement(code).Met, code));
    }

    [Fact]
    public void Evaluate_NoSupportingInformation_EachTypeNotMet()
    {
        var result = _rules.Evaluate(Input());

        Assert.False(result.Met);
        Assert.Equal(8, result.Requirements.Count(r => !r.Met && r.Severity == RequirementSeverity.Required)); // six types, two appraisal checks
    }

    [Fact]
    public void Evaluate_AppraisalThisAppraisalYear_ByTagOrAppraisalFeedback()
    {
        Assert.False(_rules.Evaluate(Input()).Requirement("annual-appraisal").Met);
        Assert.False(_rules.Evaluate(Input().With(A.Activity().On(2025, 3, 31).Tagged("appraisal"))).Requirement("annual-appraisal").Met); // last year's

        var tagged = _rules.Evaluate(Input().With(A.Activity().On(2025, 5, 20).Tagged("Appraisal")));
        var feedback = _rules.Evaluate(Input().With(A.Feedback().On(2025, 4, 2).From(FeedbackSource.Appraisal)));

        Assert.True(tagged.Requirement("annual-appraisal").Met);
        Assert.True(feedback.Requirement("annual-appraisal").Met);
        Assert.Equal("Appraisal this appraisal year (1 April 2025 to 31 March 2026)", tagged.Requirement("annual-appraisal").Title);
    }

    [Fact]
    public void Evaluate_EarlierAppraisalYearWithoutAnAppraisal_IsNamed()
    {
        // Appraisals in 2021/22, 2022/23 and 2024/25; none in 2023/24.
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2021, 9, 1).Tagged("appraisal"), A.Activity().On(2022, 9, 1).Tagged("appraisal"), A.Activity().On(2024, 9, 1).Tagged("appraisal")));

        var past = result.Requirement("past-appraisals");
        Assert.Equal((4m, 3m, false), (past.Required, past.Achieved, past.Met));
        Assert.StartsWith("No appraisal recorded for 1 April 2023 to 31 March 2024.", past.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FirstAppraisalYearOfTheCycle_HasNoEarlierYearsToCheck()
    {
        var result = _rules.Evaluate(A.Input().AnchoredOn(2030, 3, 31).AsOf(2025, 6, 1));

        Assert.DoesNotContain(result.Requirements, r => r.Code == "past-appraisals");
    }

    [Theory]
    [InlineData("quality-improvement", "quality-improvement")]
    [InlineData("QI", "quality-improvement")]
    [InlineData("audit, teaching", "quality-improvement")]
    [InlineData(" Significant-Event ", "significant-events")]
    [InlineData("significant-events", "significant-events")]
    [InlineData("colleague-feedback", "colleague-feedback")]
    [InlineData("patient-feedback", "patient-feedback")]
    [InlineData("compliment", "complaints-compliments")]
    [InlineData("leadership;complaint", "complaints-compliments")]
    public void Evaluate_ActivityTag_SatisfiesSupportingInformationType(string tags, string code)
    {
        var result = _rules.Evaluate(Input().With(A.Activity().On(2023, 1, 1).Tagged(tags)));

        Assert.True(result.Requirement(code).Met);
    }

    [Fact]
    public void Evaluate_TagOnPlannedActivity_DoesNotCount()
    {
        var result = _rules.Evaluate(Input().With(A.Activity().On(2023, 1, 1).Tagged("quality-improvement").Planned()));

        Assert.False(result.Requirement("quality-improvement").Met);
    }

    [Theory]
    [InlineData(FeedbackSource.Colleague, "colleague-feedback")]
    [InlineData(FeedbackSource.Manager, "colleague-feedback")]
    [InlineData(FeedbackSource.Patient, "patient-feedback")]
    [InlineData(FeedbackSource.ComplaintOrCompliment, "complaints-compliments")]
    public void Evaluate_FeedbackSource_SatisfiesSupportingInformationType(FeedbackSource source, string code)
    {
        var result = _rules.Evaluate(Input().With(A.Feedback().On(2023, 1, 1).From(source)));

        Assert.True(result.Requirement(code).Met);
    }

    [Fact]
    public void Evaluate_StudentFeedback_SatisfiesNoSupportingInformationType()
    {
        var result = _rules.Evaluate(Input().With(A.Feedback().On(2023, 1, 1).From(FeedbackSource.Student)));

        Assert.DoesNotContain(result.Requirements, r => r.Met && r.Severity == RequirementSeverity.Required);
    }

    [Fact]
    public void Evaluate_NotPatientFacing_PatientFeedbackNotRequired()
    {
        var result = _rules.Evaluate(Input().WithOption(GmcRuleSet.PatientFacingOption, "false"));

        var requirement = result.Requirement("patient-feedback");
        Assert.True(requirement.Met);
        Assert.Equal(0m, requirement.Required);
    }

    [Fact]
    public void Evaluate_FeedbackBeforeCycle_DoesNotCount()
    {
        var result = _rules.Evaluate(Input().With(A.Feedback().On(2021, 3, 31).From(FeedbackSource.Patient)));

        Assert.False(result.Requirement("patient-feedback").Met);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2026, 3, 31).AsOf(2025, 6, 1);

    /// <summary>All six types of supporting information, and an appraisal in each appraisal year so far (2021/22 to 2025/26).</summary>
    private static ComplianceInputBuilder AllSupportingInformation() => Input()
        .With(A.Activity().On(2022, 1, 1).Tagged("quality-improvement"), A.Activity().On(2024, 1, 1).Tagged("significant-event"))
        .With(A.Feedback().On(2023, 1, 1).From(FeedbackSource.Colleague), A.Feedback().On(2023, 1, 1).From(FeedbackSource.Patient),
            A.Feedback().On(2023, 1, 1).From(FeedbackSource.ComplaintOrCompliment))
        .With([.. Enumerable.Range(2021, 5).Select(y => (FeedbackEntry)A.Feedback().On(y, 4, 15).From(FeedbackSource.Appraisal))]); // no credits
}
