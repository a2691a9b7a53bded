namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;

public sealed class DecisionAuthorityTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly ApprovalDelegation Away = new() { LineManagerId = "lm", DelegateId = "deputy", From = Today.AddDays(-1), To = Today.AddDays(5) };

    [Fact]
    public void LineManager_HasLineManagerAuthority()
    {
        Assert.Equal(ApproverAuthority.LineManager, DecisionAuthority.For("lm", "req", "lm", false, [], Today));
    }

    [Fact]
    public void Delegate_InWindow_HasDelegateAuthority_OutsideHasNone()
    {
        Assert.Equal(ApproverAuthority.Delegate, DecisionAuthority.For("deputy", "req", "lm", false, [Away], Today));
        Assert.Equal(ApproverAuthority.None, DecisionAuthority.For("deputy", "req", "lm", false, [Away], Today.AddDays(6)));
        Assert.Equal(ApproverAuthority.None, DecisionAuthority.For("deputy", "req", "other-lm", false, [Away], Today));
    }

    [Fact]
    public void Requester_HasNoAuthority_EvenAsDelegateOrBudgetHolder()
    {
        var selfDelegation = new ApprovalDelegation { LineManagerId = "lm", DelegateId = "req", From = Today, To = Today };

        Assert.Equal(ApproverAuthority.None, DecisionAuthority.For("req", "req", "lm", true, [selfDelegation], Today));
    }

    [Fact]
    public void Delegation_ToSelf_IsInvalid()
    {
        Assert.Equal("delegateId", ApprovalDelegation.Validate("lm", "lm", true, Today, Today, Today, []).Refusal!.Field);
    }

    [Theory]
    [InlineData(null, true, "delegateId")]
    [InlineData("", true, "delegateId")]
    [InlineData("not-a-manager", false, "delegateId")]
    public void Delegation_WithoutAnotherLineManager_IsInvalidOnDelegateId(string? delegateId, bool isLineManager, string field)
    {
        var result = ApprovalDelegation.Validate("lm", delegateId, isLineManager, Today, Today, Today, []);

        Assert.Equal((RefusalKind.Invalid, field), (result.Refusal!.Kind, result.Refusal.Field));
    }

    [Fact]
    public void Delegation_DatesMissingReversedOrPast_AreInvalidOnTheirField()
    {
        Assert.Equal("from", ApprovalDelegation.Validate("lm", "deputy", true, null, Today, Today, []).Refusal!.Field);
        Assert.Equal("to", ApprovalDelegation.Validate("lm", "deputy", true, Today, null, Today, []).Refusal!.Field);
        Assert.Equal("to", ApprovalDelegation.Validate("lm", "deputy", true, Today.AddDays(2), Today.AddDays(1), Today, []).Refusal!.Field);
        Assert.Equal("to", ApprovalDelegation.Validate("lm", "deputy", true, Today.AddDays(-5), Today.AddDays(-1), Today, []).Refusal!.Field);
        Assert.True(ApprovalDelegation.Validate("lm", "deputy", true, Today, Today, Today, []).Succeeded);
    }

    [Fact]
    public void Delegation_OverlappingOneOfTheSameManagers_IsInvalid_AdjacentOrOtherManagersIsFine()
    {
        // Away runs from Today-1 to Today+5 inclusive.
        var clash = ApprovalDelegation.Validate("lm", "other", true, Today.AddDays(5), Today.AddDays(9), Today, [Away]);
        Assert.Equal("from", clash.Refusal!.Field);
        Assert.Contains("do not overlap", clash.Refusal.Message);

        Assert.True(ApprovalDelegation.Validate("lm", "other", true, Today.AddDays(6), Today.AddDays(9), Today, [Away]).Succeeded);
        Assert.True(ApprovalDelegation.Validate("someone-else", "other", true, Today, Today.AddDays(9), Today, [Away]).Succeeded);
    }
}
