namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance;

/// <summary>A body a user can register with: from the catalogue, or defined by an Admin.</summary>
public sealed record BodyInfo(string Code, string Name, IBodyRuleSet RuleSet, IReadOnlyList<string> Versions, Guid? CustomBodyId)
{
    public bool IsCustom => CustomBodyId is not null;
}
