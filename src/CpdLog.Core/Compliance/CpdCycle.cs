namespace CpdLog.Core.Compliance;

/// <summary>A CPD cycle: the window items must fall in, and when the application is due.</summary>
public sealed record CpdCycle(DateOnly Start, DateOnly End, DateOnly Deadline)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Days from <paramref name="asOf"/> to <see cref="Deadline"/>; negative once the deadline has passed.</summary>
    public int DaysLeft(DateOnly asOf) => Deadline.DayNumber - asOf.DayNumber;
}
