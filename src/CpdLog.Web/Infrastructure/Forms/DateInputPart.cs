namespace CpdLog.Web.Infrastructure.Forms;

/// <summary>The day, month and year boxes of an NHS date input; a set of them marks the boxes to highlight as wrong.</summary>
[Flags]
public enum DateInputPart
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}
