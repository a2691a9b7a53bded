namespace CpdLog.Core.Records;

/// <summary>The four themes of the NMC Code (2015, updated 2018).</summary>
[Flags]
public enum CodeThemes
{
    None = 0,
    PrioritisePeople = 1,
    PractiseEffectively = 2,
    PreserveSafety = 4,
    PromoteProfessionalismAndTrust = 8,
}
