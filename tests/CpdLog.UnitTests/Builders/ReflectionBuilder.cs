namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

/// <summary>Defaults: a reflective account on 1 June 2026, not linked to an activity.</summary>
public sealed class ReflectionBuilder
{
    private readonly ReflectiveAccount _reflection = new()
    {
        OwnerId = "user-1",
        Title = "Reflection on a difficult handover",
        Date = new DateOnly(2026, 6, 1),
        Nature = "Handover feedback",
        Learning = "Structured handover reduces omissions",
        ChangeInPractice = "I use SBAR for every handover",
        CodeRelevance = "Preserve safety",
        CodeThemes = CodeThemes.PreserveSafety,
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public ReflectionBuilder On(DateOnly date)
    {
        _reflection.Date = date;
        return this;
    }

    public ReflectionBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    public ReflectionBuilder About(CpdActivity activity)
    {
        _reflection.ActivityId = activity.Id;
        return this;
    }

    public ReflectionBuilder Deleted()
    {
        _reflection.MoveToBin(A.Timestamp);
        return this;
    }

    public ReflectiveAccount Build() => _reflection;

    public static implicit operator ReflectiveAccount(ReflectionBuilder builder) => builder.Build();
}
