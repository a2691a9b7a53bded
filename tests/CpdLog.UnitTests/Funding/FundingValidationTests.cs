namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;
using static CpdLog.UnitTests.Funding.FundingTestData;

/// <summary>Funding validation reports every error at once, keyed by the JSON property names, with limits that match the columns.</summary>
public sealed class FundingValidationTests
{
    private static string[] Fields(Result result) => [.. result.Refusal!.Errors.Select(e => e.Field)];

    [Fact]
    public void Validate_SeveralBadFields_ReportsEveryOneAtOnce_KeyedByJsonName()
    {
        var details = Details() with
        {
            Title = " ",
            Provider = "",
            StartDate = Today.AddDays(10),
            EndDate = Today.AddDays(5),
            ExamFee = -1m,
            StudyLeaveDates = new string('d', FundingTextLimits.StudyLeaveDates + 1),
            AcademicCredits = -1,
            Justification = "",
        };

        var result = FundingRequest.Validate(details);

        Assert.Equal(RefusalKind.Invalid, result.Refusal!.Kind);
        Assert.Equal(["title", "provider", "endDate", "examFee", "studyLeaveDates", "academicCredits", "justification"], Fields(result));
        Assert.Equal(("title", "Enter the course or qualification"), (result.Refusal.Field, result.Refusal.Message));
        Assert.Equal("The study leave dates must be 500 characters or fewer", result.Refusal.Errors.Single(e => e.Field == "studyLeaveDates").Message);
    }

    [Fact]
    public void Validate_WithoutDates_ReportsTheDates_NotAPerDayBoundOnTheHours()
    {
        var result = FundingRequest.Validate(Details() with { StartDate = default, EndDate = default, PlannedHours = 500m });

        Assert.Equal(["startDate", "endDate"], Fields(result));
    }

    [Fact]
    public void Validate_HoursAbove24ADay_AreKeyedByTheHoursFieldThatCausedIt()
    {
        var oneDay = Details() with { StartDate = Today.AddDays(10), EndDate = Today.AddDays(10) };

        var result = FundingRequest.Validate(oneDay with { StudyLeaveHours = 24.5m, PlannedHours = 30m });

        Assert.Equal(["studyLeaveHours", "plannedHours"], Fields(result));
        Assert.All(result.Refusal!.Errors, e => Assert.Contains("24 for each day", e.Message));
    }

    [Theory]
    [InlineData("title", FundingTextLimits.Title)]
    [InlineData("provider", FundingTextLimits.Provider)]
    [InlineData("studyLeaveDates", FundingTextLimits.StudyLeaveDates)]
    [InlineData("justification", FundingTextLimits.LongText)]
    [InlineData("expectedImpact", FundingTextLimits.LongText)]
    public void Validate_TextUpToItsLimit_Passes_OneMoreIsRefusedOnThatField(string field, int max)
    {
        FundingRequestDetails With(int length)
        {
            var text = new string('x', length);
            return field switch
            {
                "title" => Details() with { Title = text },
                "provider" => Details() with { Provider = text },
                "studyLeaveDates" => Details() with { StudyLeaveDates = text },
                "justification" => Details() with { Justification = text },
                _ => Details() with { ExpectedImpact = text },
            };
        }

        Assert.True(FundingRequest.Validate(With(max)).Succeeded);
        Assert.Equal([field], Fields(FundingRequest.Validate(With(max + 1))));
    }

    [Fact]
    public void Decisions_CommentsAndReasonsLongerThanTheirColumns_AreRefusedOnTheirFields()
    {
        var tooLongComment = new string('c', FundingTextLimits.Comment + 1);
        var tooLongReason = new string('r', FundingTextLimits.Reason + 1);

        var approve = Submitted().Approve(As(LineManager, ApproverAuthority.LineManager),
            new ApprovalInput(Comment: tooLongComment, AmountReason: tooLongReason, BudgetOverrideReason: tooLongReason), Facts());
        var reject = Submitted().Reject(As(LineManager, ApproverAuthority.LineManager), tooLongComment);
        var withdraw = Submitted().Withdraw(Requester, tooLongComment, Now);

        Assert.Equal(["comment", "amountReason", "budgetOverrideReason"], Fields(approve));
        Assert.Equal(["comment"], Fields(reject));
        Assert.Equal(["comment"], Fields(withdraw));
        Assert.True(Submitted().Reject(As(LineManager, ApproverAuthority.LineManager), new string('c', FundingTextLimits.Comment)).Succeeded);
    }

    [Fact]
    public void AgreementTemplate_ReportsEveryErrorAtOnce_KeyedByJsonName()
    {
        var template = new AgreementTemplate
        {
            Name = new string('n', FundingTextLimits.TemplateName + 1),
            ScheduleKind = RepaymentKind.Linear,
            LinearMonths = 0,
            Triggers = LeavingReason.Resignation,
            Waivers = LeavingReason.Resignation,
        };

        Assert.Equal(["name", "minFees", "linearMonths", "waivers", "terms"], Fields(template.Validate()));
    }

    [Fact]
    public void Budget_ReportsEveryErrorAtOnce_KeyedByJsonName()
    {
        var result = Budget.Validate(new string('C', FundingTextLimits.CostCentre + 1), "next year", -1m, new string('r', FundingTextLimits.Reason + 1), FundingLimits.Default, out _);

        Assert.Equal(["costCentre", "financialYear", "allocated", "reason"], Fields(result));
        Assert.True(Budget.Validate(new string('C', FundingTextLimits.CostCentre), "2026/27", 10m, null, FundingLimits.Default, out var year).Succeeded);
        Assert.Equal(2026, year.StartYear);
    }
}
