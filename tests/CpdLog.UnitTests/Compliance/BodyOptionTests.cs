namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;

public sealed class BodyOptionTests
{
    private static readonly BodyOption Joined = new("joinedOn", "Joined part-way through the CPD year", [], "", "", BodyOptionFormat.Date);

    private static readonly BodyOption Route = new("route", "CPD route", ["unit", "employer"], "unit", "");

    [Theory]
    [InlineData("2025-09-01")]
    [InlineData("2024-02-29")]
    public void Check_RealIsoDate_IsAccepted(string value) => Assert.Null(Joined.Check(value));

    [Theory]
    [InlineData("2025-02-29")] // not a leap year
    [InlineData("2025-13-01")]
    [InlineData("1/9/2025")]
    [InlineData("01-09-2025")]
    [InlineData("next week")]
    public void Check_NotARealIsoDate_SaysHowToWriteIt(string value) =>
        Assert.Equal("Joined part-way through the CPD year: enter a real date as YYYY-MM-DD, like 2025-09-01", Joined.Check(value));

    [Fact]
    public void Check_Choice_IsCaseInsensitive_AndAnythingElseListsTheChoices()
    {
        Assert.Null(Route.Check("Employer"));
        Assert.Equal("CPD route: choose one of unit, employer", Route.Check("sideways"));
    }

    [Fact]
    public void EveryBuiltInFreeInputOption_HasAFormatThatChecksIt()
    {
        // A free-text option is only ever a date today; a new one must say what it takes.
        var free = BodyCatalogue.AllVersions.SelectMany(v => v.RuleSet.Options).Where(o => o.Choices.Count == 0).ToList();
        Assert.NotEmpty(free);
        Assert.All(free, o => Assert.Equal(BodyOptionFormat.Date, o.Format));
    }
}
