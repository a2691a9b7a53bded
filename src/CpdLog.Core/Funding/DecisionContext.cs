namespace CpdLog.Core.Funding;

/// <summary>What the person deciding brings to a decision: who they are and how they relate to the request.</summary>
public sealed record DecisionContext(string ActorId, ApproverAuthority Authority, DateTimeOffset Now, DateOnly Today);
