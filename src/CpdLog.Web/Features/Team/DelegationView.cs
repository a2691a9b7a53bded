namespace CpdLog.Web.Features.Team;

/// <summary>One delegation with both people's names, as the page and the API show it.</summary>
public sealed record DelegationView(ApprovalDelegation Delegation, string LineManagerName, string DelegateName);
