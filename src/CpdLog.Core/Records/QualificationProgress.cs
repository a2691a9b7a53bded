namespace CpdLog.Core.Records;

/// <summary>
/// How far a qualification has got: credits of passed modules against credits needed, and modules passed of modules.
/// The list page, the dashboard and the API all show this one computation.
/// </summary>
/// <param name="CreditsAchieved">Credits of the passed modules.</param>
/// <param name="CreditsNeeded">The qualification's credits needed, or when it gives none the credits of all its modules.</param>
/// <param name="ModulesPassed">Modules with a pass, merit, distinction or exemption.</param>
/// <param name="ModuleCount">All modules.</param>
public sealed record QualificationProgress(int CreditsAchieved, int CreditsNeeded, int ModulesPassed, int ModuleCount)
{
    /// <summary>Whole per cent of the credits needed (0 to 100); by modules when no credits are counted.</summary>
    public int Percent => CreditsNeeded > 0 ? Capped(CreditsAchieved, CreditsNeeded)
        : ModuleCount > 0 ? Capped(ModulesPassed, ModuleCount) : 0;

    public static QualificationProgress Of(Qualification qualification)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        var modules = qualification.Modules;
        var passed = modules.Where(m => m.IsPassed).ToList();
        return new(
            passed.Sum(m => m.Credits),
            qualification.CreditsNeeded ?? modules.Sum(m => m.Credits),
            passed.Count,
            modules.Count);
    }

    /// <summary>Past the expected completion date (strictly) and not completed or withdrawn.</summary>
    public static bool IsOverdue(Qualification qualification, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        return qualification.Status is QualificationStatus.Planned or QualificationStatus.InProgress
            && qualification.ExpectedCompletionDate != DateOnly.MinValue
            && qualification.ExpectedCompletionDate < today;
    }

    private static int Capped(int part, int whole) => (int)Math.Min(100, Math.Floor(100m * part / whole));
}
