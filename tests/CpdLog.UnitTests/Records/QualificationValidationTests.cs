namespace CpdLog.UnitTests.Records;

using CpdLog.Core.Records;

/// <summary>The rules for a qualification and its modules: every error at once, keyed as the API and pages name fields.</summary>
public sealed class QualificationValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Qualification Valid() => new()
    {
        Title = "CIPD Level 7 Advanced Diploma",
        AwardingBody = "CIPD",
        Level = "Level 7",
        StartDate = Today.AddMonths(-6),
        ExpectedCompletionDate = Today.AddMonths(12),
        Status = QualificationStatus.InProgress,
        CreditsNeeded = 120,
        Modules =
        [
            new() { Title = "People management", Credits = 20, StartDate = Today.AddMonths(-6), EndDate = Today.AddMonths(-2), ExamSittings = [Today.AddMonths(-2)], Result = ModuleResult.Merit, Mark = 64.5m },
            new() { Title = "Employment law", Credits = 20, Result = ModuleResult.Pending },
        ],
    };

    private static Dictionary<string, string> Errors(Qualification q) => RecordValidation.Qualification(q, Today).ToDictionary(e => e.Field, e => e.Message);

    [Fact]
    public void Valid_HasNoErrors() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void EveryProblem_ReportedAtOnce_ModulesByIndex()
    {
        var q = Valid();
        q.Title = " ";
        q.AwardingBody = new string('x', RecordValidation.MaxAwardingBody + 1);
        q.StartDate = DateOnly.MinValue;
        q.Status = (QualificationStatus)99;
        q.CreditsNeeded = 0;
        q.Modules[1].Title = "";
        q.Modules[1].Credits = -1;
        q.Modules[1].Mark = 50m;
        q.Modules.Add(new() { Title = "Reward", Credits = 10, StartDate = Today, EndDate = Today.AddDays(-1), ExamSittings = [Today.AddDays(-3), Today.AddDays(-3)] });

        var errors = Errors(q);

        Assert.Equal("Enter the name of the qualification", errors["Title"]);
        Assert.Equal("Awarding body must be 200 characters or fewer", errors["AwardingBody"]);
        Assert.Equal("Enter the start date", errors["StartDate"]);
        Assert.StartsWith("Select whether the qualification is planned", errors["Status"], StringComparison.Ordinal);
        Assert.Equal("Credits needed must be between 1 and 1,000, or left blank", errors["CreditsNeeded"]);
        Assert.Equal("Enter the name of the module or unit", errors["Modules[1].Title"]);
        Assert.Equal("Credits must be between 0 and 240", errors["Modules[1].Credits"]);
        Assert.Equal("Select the result as well as the mark, or leave the mark blank", errors["Modules[1].Mark"]);
        Assert.Equal("The end date must be the same as or after the start date", errors["Modules[2].EndDate"]);
        Assert.Equal("Enter each exam sitting once", errors["Modules[2].ExamSittings"]);
        Assert.DoesNotContain(errors.Keys, k => k.StartsWith("Modules[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void ExpectedCompletion_BeforeStart_IsRefused()
    {
        var q = Valid();
        q.ExpectedCompletionDate = q.StartDate.AddDays(-1);

        Assert.Equal("The expected completion date must be the same as or after the start date", Errors(q)["ExpectedCompletionDate"]);
    }

    [Theory]
    [InlineData(ModuleResult.Pass, 1, false)]
    [InlineData(ModuleResult.Pass, 0, true)]
    [InlineData(ModuleResult.Fail, 5, false)]
    [InlineData(ModuleResult.Pending, 5, true)]
    [InlineData(ModuleResult.Exempt, 5, true)]
    public void AResult_CannotComeBeforeTheModuleEnds(ModuleResult result, int daysAhead, bool valid)
    {
        var module = new QualificationModule { Title = "Finance", Credits = 20, EndDate = Today.AddDays(daysAhead), Result = result };

        Assert.Equal(valid, RecordValidation.QualificationModule(module, Today).Count == 0);
    }

    [Theory]
    [InlineData(-0.5, "Mark must be a percentage between 0 and 100, or left blank")]
    [InlineData(100.5, "Mark must be a percentage between 0 and 100, or left blank")]
    [InlineData(70.125, "Mark can have up to 2 decimal places")]
    public void Mark_IsAPercentage(double mark, string message)
    {
        var module = new QualificationModule { Title = "Finance", Credits = 20, Result = ModuleResult.Pass, Mark = (decimal)mark };

        Assert.Equal(message, Assert.Single(RecordValidation.QualificationModule(module, Today)).Message);
    }

    [Fact]
    public void TooManyModulesOrSittings_AreRefused()
    {
        var q = Valid();
        q.Modules = [.. Enumerable.Range(0, RecordValidation.MaxModules + 1).Select(i => new QualificationModule { Title = $"M{i}", Credits = 1 })];
        q.Modules[0].ExamSittings = [.. Enumerable.Range(1, RecordValidation.MaxExamSittings + 1).Select(i => Today.AddDays(-i))];

        var errors = Errors(q);

        Assert.Equal("A qualification can have up to 60 modules", errors["Modules"]);
        Assert.Equal("A module can have up to 10 exam sittings", errors["Modules[0].ExamSittings"]);
    }
}
