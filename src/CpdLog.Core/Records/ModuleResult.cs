namespace CpdLog.Core.Records;

/// <summary>The result of a module or unit. Pass, merit and distinction (and exemption) count as passed.</summary>
public enum ModuleResult
{
    Pending = 0,
    Pass = 1,
    Merit = 2,
    Distinction = 3,
    Fail = 4,

    /// <summary>Credit given for prior learning (RPL/APL): the module counts as passed without an exam.</summary>
    Exempt = 5,
}
