namespace CpdLog.UnitTests.Records;

using CpdLog.Core.Records;

/// <summary>Every CPD activity, funded or not: at most 24 hours for each day from its start to its end date.</summary>
public sealed class ActivityHoursPerDayTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static CpdActivity Activity(decimal hours, int days) => new()
    {
        Title = "Budget workshop",
        StartDate = Today.AddDays(-days),
        EndDate = Today.AddDays(-1),
        Hours = hours,
        Method = CpdMethod.CourseAttendance,
        ActivityType = ActivityType.FormalEducational,
        Status = ActivityStatus.Completed,
        Description = "Workshop",
    };

    [Theory]
    [InlineData(24, 1, true)]
    [InlineData(24.25, 1, false)]
    [InlineData(72, 3, true)]
    [InlineData(72.5, 3, false)]
    public void Hours_AtMost24PerDay(double hours, int days, bool valid)
    {
        var errors = RecordValidation.Activity(Activity((decimal)hours, days), Today);

        Assert.Equal(valid, !errors.Any(e => e.Field == nameof(CpdActivity.Hours)));
        if (!valid)
        {
            Assert.Contains(errors, e => e.Message.Contains("24 for each day", StringComparison.Ordinal));
        }
    }
}
