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
        Assert.Equal("delegateId", ApprovalDelegation.Validate("lm", "lm", Today, Today, Today).Refusal!.Field);
    }
}
