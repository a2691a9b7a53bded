namespace CpdLog.Web.Features.Funding;

/// <summary>How a person states the study leave they ask for: in working days or in hours (one or the other, never both).</summary>
public enum StudyLeaveUnit
{
    Days,
    Hours,
}
