namespace CpdLog.UnitTests.Display;

using System.Globalization;
using CpdLog.Core.Display;

/// <summary>The one display formatter: en-GB whatever the server's culture.</summary>
public sealed class UkFormatTests
{
    [Fact]
    public void DatesMoneyAndCounts_ReadTheUkWay()
    {
        Assert.Equal("1 April 2026", UkFormat.Date(new DateOnly(2026, 4, 1)));
        Assert.Equal("1 Apr 2026", UkFormat.ShortDate(new DateOnly(2026, 4, 1)));
        Assert.Equal("–", UkFormat.ShortDate((DateOnly?)null));
        Assert.Equal("1 Apr 2026", UkFormat.DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1)));
        Assert.Equal("1 Apr 2026 to 3 Apr 2026", UkFormat.DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 3)));
        Assert.Equal("1 April 2026 to 31 March 2027", UkFormat.LongDateRange(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)));
        Assert.Equal("April 2026", UkFormat.Month(new DateOnly(2026, 4, 19)));
        Assert.Equal("£1,200.00", UkFormat.Money(1200m));
        Assert.Equal("-£50.50", UkFormat.Money(-50.5m));
        Assert.Equal("–", UkFormat.Money((decimal?)null));
        Assert.Equal("7.5", UkFormat.Number(7.50m));
        Assert.Equal("1200", UkFormat.Number(1200m));
        Assert.Equal("7.5 h", UkFormat.Hours(7.5m));
        Assert.Equal("1 word", UkFormat.Count(1, "word", "words"));
        Assert.Equal("1,200 words", UkFormat.Count(1200, "word", "words"));
        Assert.Equal("12.5%", UkFormat.Percent(12.5m));
        Assert.Equal("512 bytes", UkFormat.Bytes(512));
        Assert.Equal("1.5 KB", UkFormat.Bytes(1536));
        Assert.Equal("2 MB", UkFormat.Bytes(2 * 1024 * 1024));
    }

    [Fact]
    public void AnInstant_ShowsItsUkDate_AndItsUtcTimeLabelled()
    {
        var lateInJune = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("1 July 2026", UkFormat.Date(lateInJune)); // 00:30 BST
        Assert.Equal("30 June 2026 23:30 UTC", UkFormat.Instant(lateInJune));
        Assert.Equal("30 Jun 2026 23:30", UkFormat.ShortInstant(lateInJune));
    }

    [Fact]
    public void TheServersCulture_ChangesNothing()
    {
        var before = CultureInfo.CurrentCulture;
        var expected = (UkFormat.Date(new DateOnly(2026, 4, 1)), UkFormat.Money(1234.5m), UkFormat.Whole(1200), UkFormat.Number(7.25m));
        try
        {
            foreach (var culture in new[] { "de-DE", "fr-FR", "en-US", "ar-SA" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(("1 April 2026", "£1,234.50", "1,200", "7.25"),
                    (UkFormat.Date(new DateOnly(2026, 4, 1)), UkFormat.Money(1234.5m), UkFormat.Whole(1200), UkFormat.Number(7.25m)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(("1 April 2026", "£1,234.50", "1,200", "7.25"), expected);
    }
}
