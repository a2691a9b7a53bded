namespace CpdLog.UnitTests.Display;

using CpdLog.Core.Display;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;

/// <summary>Every enum value a person can read has words in <see cref="DisplayNames"/>: none reaches a user as PascalCase.</summary>
public sealed class DisplayNamesTests
{
    /// <summary>Enums that only steer code or layout and are never shown, each with the reason.</summary>
    private static readonly IReadOnlyDictionary<string, string> NeverShown = new Dictionary<string, string>
    {
        ["ProgressRowKind"] = "marks a chart table row; the row reads \"(today)\" or \"(deadline)\"",
        ["ProgressMeasure"] = "picks what a progress series adds up; the series has its own title",
        ["RefusalKind"] = "maps a refusal to an HTTP status; the refusal's message is what people read",
        ["TextEmphasis"] = "portfolio layout",
        ["ColumnAlign"] = "portfolio layout",
        ["RowEmphasis"] = "portfolio layout",
        ["NoticeKind"] = "portfolio layout (the notice's colour)",
    };

    public static TheoryData<string> UserFacingEnums()
    {
        var data = new TheoryData<string>();
        foreach (var type in CoreEnums().Where(t => !NeverShown.ContainsKey(t.Name)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UserFacingEnums))]
    public void EveryMember_HasADisplayName_InWords(string enumType)
    {
        var type = typeof(DisplayNames).Assembly.GetType(enumType, throwOnError: true)!;
        var missing = Enum.GetValues(type).Cast<Enum>().Where(v => !DisplayNames.Has(v)).Select(v => v.ToString()).ToList();

        Assert.True(missing.Count == 0, $"{type.Name} has no display name for: {string.Join(", ", missing)} (add them to DisplayNames)");
        foreach (var value in Enum.GetValues(type).Cast<Enum>())
        {
            var name = DisplayNames.Of(value);
            Assert.False(string.IsNullOrWhiteSpace(name));
            Assert.DoesNotMatch("[a-z][A-Z]", name); // never "WithdrawalFromCourse"
        }
    }

    [Fact]
    public void TheNeverShownList_NamesOnlyEnumsThatExist()
    {
        var names = CoreEnums().Select(t => t.Name).ToHashSet();
        Assert.All(NeverShown.Keys, n => Assert.Contains(n, names));
    }

    [Fact]
    public void Names_ReadAsWords_AndFlagsJoin()
    {
        Assert.Equal("Withdrawal from course", DisplayNames.Of(LeavingReason.WithdrawalFromCourse));
        Assert.Equal("Resignation, Withdrawal from course", DisplayNames.Of(LeavingReason.Resignation | LeavingReason.WithdrawalFromCourse));
        Assert.Equal("E-learning", DisplayNames.Of(CpdMethod.ELearning));
        Assert.Equal("Approved – in progress", DisplayNames.Of(FundingStatus.InProgress));
        Assert.Equal("Maternity related", DisplayNames.Of(typeof(LeavingReason), "MaternityRelated"));
        Assert.Equal("Budget holder", DisplayNames.Words("BudgetHolder"));
        Assert.Equal("Prioritise people, Preserve safety", (CodeThemes.PrioritisePeople | CodeThemes.PreserveSafety).Describe());
        Assert.Equal("", CodeThemes.None.Describe());
        Assert.Equal("Not in the table", DisplayNames.Words("NotInTheTable"));
        Assert.Equal("99", DisplayNames.Of((FundingStatus)99)); // an undefined number: never an exception on a page
    }

    private static IEnumerable<Type> CoreEnums() =>
        typeof(DisplayNames).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace?.StartsWith("CpdLog.Core", StringComparison.Ordinal) == true);
}
