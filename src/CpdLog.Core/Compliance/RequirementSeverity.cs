namespace CpdLog.Core.Compliance;

public enum RequirementSeverity
{
    /// <summary>A failure means the registration is not ready.</summary>
    Required = 0,

    /// <summary>Advisory: a shortfall is a warning, never a failure.</summary>
    Advisory = 1,
}
