namespace CpdLog.Portfolio.Text;

/// <summary>A run of text at one embedding level: odd levels are right-to-left.</summary>
internal readonly record struct BidiRun(int Start, int Length, byte Level)
{
    public bool IsRightToLeft => (Level & 1) == 1;
}
