namespace CpdLog.Web.Features.Funding;

/// <summary>Names a delegate: another line manager who decides your reports' requests from <c>from</c> to <c>to</c> (inclusive).</summary>
public sealed record DelegationInput(string? DelegateId, DateOnly? From, DateOnly? To);
