namespace CpdLog.Web.Features.Team;

using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Features.Funding;
using Microsoft.EntityFrameworkCore;

/// <summary>One delegation with both people's names, as the page and the API show it.</summary>
public sealed record DelegationView(ApprovalDelegation Delegation, string LineManagerName, string DelegateName);
