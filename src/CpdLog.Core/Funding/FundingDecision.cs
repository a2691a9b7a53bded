namespace CpdLog.Core.Funding;

/// <summary>One recorded transition: who, when, what, with a comment.</summary>
public sealed class FundingDecision
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid FundingRequestId { get; set; }

    public FundingAction Action { get; set; }

    public FundingStatus FromStatus { get; set; }

    public FundingStatus ToStatus { get; set; }

    public string ActorId { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Comment { get; set; } = "";

    public decimal? Amount { get; set; }

    public decimal? LeaveHours { get; set; }
}
