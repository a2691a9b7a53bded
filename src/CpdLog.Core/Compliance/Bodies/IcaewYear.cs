namespace CpdLog.Core.Compliance.Bodies;

/// <summary>ICAEW's CPD year runs 1 November to 31 October.</summary>
internal static class IcaewYear
{
    public const int StartMonth = 11;

    public static CpdCycle Cycle(DateOnly asOf) => CycleMath.YearStartingInMonth(StartMonth, asOf).ToCycle();
}
