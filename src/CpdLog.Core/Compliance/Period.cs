namespace CpdLog.Core.Compliance;

/// <summary>An inclusive date range.</summary>
internal readonly record struct Period(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public CpdCycle ToCycle(DateOnly deadline) => new(Start, End, deadline);

    /// <summary>A cycle due on its last day (every body except the NMC, whose deadline is earlier).</summary>
    public CpdCycle ToCycle() => ToCycle(End);
}
