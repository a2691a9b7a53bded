namespace CpdLog.UnitTests.Time;

using CpdLog.Core.Time;

/// <summary>The UK calendar date of an instant (Europe/London), across both clock changes and both night boundaries.</summary>
public sealed class UkCalendarTests
{
    [Theory]
    [InlineData("2026-06-30T22:59:59Z", "2026-06-30")] // 23:59:59 BST
    [InlineData("2026-06-30T23:00:00Z", "2026-07-01")] // midnight BST: already 1 July in the UK
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")]
    [InlineData("2027-03-31T23:30:00Z", "2027-04-01")] // BST began 28 March 2027: 1 April 00:30, a new NHS financial year
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31")] // GMT: UTC and UK dates agree
    [InlineData("2027-01-01T00:00:00Z", "2027-01-01")]
    [InlineData("2026-03-28T23:59:59Z", "2026-03-28")] // the night before BST starts (29 March 2026, 01:00 UTC)
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")] // the night BST ends (25 October 2026, 01:00 UTC)
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // after it ended: GMT again
    public void DateOf_IsTheUkCalendarDate(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            UkCalendar.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ToUkTime_IsBstInSummer_AndGmtInWinter()
    {
        var summer = UkCalendar.ToUkTime(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));
        var winter = UkCalendar.ToUkTime(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal((new DateTime(2026, 7, 1, 0, 30, 0), TimeSpan.FromHours(1)), (summer.DateTime, summer.Offset));
        Assert.Equal((new DateTime(2026, 12, 1, 23, 30, 0), TimeSpan.Zero), (winter.DateTime, winter.Offset));
    }

    [Fact]
    public void MissingZoneProblem_IsNullForEuropeLondon_AndNamesTzdataWhenAZoneIsMissing()
    {
        Assert.Null(UkCalendar.MissingZoneProblem());

        var problem = UkCalendar.MissingZoneProblem("Nowhere/Atlantis");

        Assert.NotNull(problem);
        Assert.Contains("Nowhere/Atlantis", problem);
        Assert.Contains("tzdata", problem);
    }
}
