namespace CpdLog.Core.Compliance;

/// <summary>What the anchor date of a custom body means.</summary>
public enum AnchorKind
{
    /// <summary>The cycle ends on the anchor and on its anniversaries (renewal-style, like NMC or HCPC).</summary>
    RenewalDate = 0,

    /// <summary>The cycle starts on the anchor and repeats every cycle length (membership-year style).</summary>
    CycleStart = 1,
}
