namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;

public sealed class RepaymentTests
{
    private static readonly DateOnly Completed = new(2026, 1, 31);

    private static AgreementTemplate Template(RepaymentSchedule schedule) => new()
    {
        Name = "Learning agreement",
        MinFees = 200m,
        ScheduleKind = schedule.Kind,
        Tiers = schedule.EncodeTiers(),
        LinearMonths = schedule.LinearMonths,
        Triggers = LeavingReason.Resignation | LeavingReason.Dismissal | LeavingReason.WithdrawalFromCourse | LeavingReason.FailureToComplete,
        Waivers = LeavingReason.Redundancy | LeavingReason.MaternityRelated | LeavingReason.InternalTransfer,
        Terms = "Terms",
    };

    private static readonly AgreementTemplate Tiered = Template(RepaymentSchedule.Tiered(new(12, 100m), new(24, 50m)));
    private static readonly AgreementTemplate Linear = Template(RepaymentSchedule.Linear(12));

    [Theory]
    [InlineData(2026, 2, 27, 0)]
    [InlineData(2026, 2, 28, 1)]
    [InlineData(2026, 3, 30, 1)]
    [InlineData(2026, 3, 31, 2)]
    [InlineData(2027, 1, 30, 11)]
    [InlineData(2027, 1, 31, 12)]
    public void CompleteMonths_HandlesMonthEnds(int y, int m, int d, int months)
    {
        Assert.Equal(months, RepaymentSchedule.CompleteMonthsBetween(Completed, new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(2027, 1, 30, 1450.00)] // 11 complete months: within 12 → 100%
    [InlineData(2027, 1, 31, 725.00)] // exactly 12 months: 50% tier
    [InlineData(2028, 1, 30, 725.00)] // 23 months
    [InlineData(2028, 1, 31, 0.00)] // 24 months: nothing
    public void Tiered_StepsOnCompleteMonths(int y, int m, int d, double expected)
    {
        var quote = RepaymentCalculator.Calculate(Tiered, 1450m, Completed, new DateOnly(y, m, d), LeavingReason.Resignation);

        Assert.Equal((decimal)expected, quote.Amount);
    }

    [Theory]
    [InlineData(2026, 2, 27, 1450.00)]
    [InlineData(2026, 2, 28, 1329.16)] // 11/12, rounded down to the penny
    [InlineData(2026, 7, 31, 725.00)]
    [InlineData(2027, 1, 31, 0.00)]
    public void Linear_OneTwelfthLessPerCompleteMonth(int y, int m, int d, double expected)
    {
        var quote = RepaymentCalculator.Calculate(Linear, 1450m, Completed, new DateOnly(y, m, d), LeavingReason.Dismissal);

        Assert.Equal((decimal)expected, quote.Amount);
    }

    [Theory]
    [InlineData(LeavingReason.Redundancy)]
    [InlineData(LeavingReason.MaternityRelated)]
    [InlineData(LeavingReason.InternalTransfer)]
    public void Waivers_CostNothing(LeavingReason reason)
    {
        var quote = RepaymentCalculator.Calculate(Tiered, 1450m, Completed, Completed.AddDays(10), reason);

        Assert.True(quote.Waived);
        Assert.Equal(0m, quote.Amount);
    }

    [Fact]
    public void ReasonThatIsNotATrigger_CostsNothing()
    {
        var quote = RepaymentCalculator.Calculate(Tiered, 1450m, Completed, Completed.AddDays(10), LeavingReason.Retirement);

        Assert.False(quote.Triggered);
        Assert.Equal(0m, quote.Amount);
    }

    [Fact]
    public void LeavingBeforeCompletion_RepaysInFull()
    {
        var quote = RepaymentCalculator.Calculate(Linear, 1450m, null, new DateOnly(2026, 6, 1), LeavingReason.Resignation);

        Assert.Equal(1450m, quote.Amount);
        Assert.Contains("not completed", quote.Explanation);
    }

    [Fact]
    public void FailureToComplete_RepaysTheCostBasisInFull_EvenAfterAnEndDate()
    {
        var quote = RepaymentCalculator.Calculate(Tiered, 600m, Completed, Completed.AddMonths(30), LeavingReason.FailureToComplete);

        Assert.Equal(600m, quote.Amount);
    }

    [Fact]
    public void Acceptance_CostBasis_IsSpendCappedAtTheAgreedAmount()
    {
        var (request, _) = FundingRequest.Create("u", FundingTestData.Details(400m, 50m), FundingTestData.Now);
        request!.Submit("u", "FIN-100", FundingTestData.Now);
        var acceptance = AgreementAcceptance.Accept(request, Tiered, "u", FundingTestData.Now);
        request.Approve(FundingTestData.As("lm", ApproverAuthority.LineManager), new ApprovalInput(Amount: 300m, AmountReason: "Part"), FundingTestData.Facts());

        Assert.Equal(300m, acceptance.CostBasis(request));
        Assert.False(acceptance.Covers(request) && request.TotalRequested != 450m);
    }

    [Fact]
    public void Template_Applies_OnFeesOrCredits()
    {
        var template = new AgreementTemplate { MinFees = 200m, MinCredits = 15 };

        Assert.True(template.AppliesTo(200m, 0));
        Assert.False(template.AppliesTo(199.99m, 14));
        Assert.True(template.AppliesTo(0m, 15));
    }

    [Fact]
    public void Template_NewVersion_KeepsFamilyAndRetiresOld()
    {
        var v1 = Tiered;
        var copy = new AgreementTemplate { FamilyId = v1.FamilyId, Version = 1, Name = "A", MinFees = 200, Tiers = "12:100", Terms = "T", Triggers = LeavingReason.Resignation };

        var v2 = copy.NewVersion(t => t.Tiers = "12:100;24:50", "admin", FundingTestData.Now);

        Assert.Equal((v1.FamilyId, 2, true, false), (v2.FamilyId, v2.Version, v2.IsCurrent, copy.IsCurrent));
        Assert.True(v2.Validate().Succeeded);
    }

    [Theory]
    [InlineData("12:100;24:50", true)]
    [InlineData("24:50; 12:100%", true)]
    [InlineData("12:150", false)]
    [InlineData("x", false)]
    [InlineData("", false)]
    [InlineData("12:100;12:50", false)]
    public void Tiers_Parse(string text, bool ok)
    {
        Assert.Equal(ok, RepaymentSchedule.TryParseTiers(text, out _));
    }
}
