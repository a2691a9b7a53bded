namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;

internal static class ResultExtensions
{
    /// <summary>The requirement with this code; fails the test when the rule set did not report it.</summary>
    public static RequirementResult Requirement(this ComplianceResult result, string code)
    {
        var requirement = result.Find(code);
        Assert.True(requirement is not null, $"Requirement '{code}' missing; got: {string.Join(", ", result.Requirements.Select(r => r.Code))}");
        return requirement;
    }

    /// <summary>The status scale's code of the requirement with this code, judged on the result's date.</summary>
    public static string StatusOf(this ComplianceResult result, string code) => result.StatusOf(result.Requirement(code)).Code();
}
