namespace CpdLog.Web.Features.Registrations;

/// <summary>A body a user can register with: from the catalogue, or defined by an Admin.</summary>
public sealed record BodyInfo(string Code, string Name, IBodyRuleSet RuleSet, IReadOnlyList<string> Versions, Guid? CustomBodyId)
{
    public bool IsCustom => CustomBodyId is not null;
}
