namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

/// <summary>Defaults: 450 hours as a nurse in a hospital, ending 1 June 2026.</summary>
public sealed class PracticeHoursBuilder
{
    private readonly PracticeHoursEntry _entry = new()
    {
        OwnerId = "user-1",
        StartDate = new DateOnly(2025, 6, 1),
        EndDate = new DateOnly(2026, 6, 1),
        Organisation = "Anytown NHS Foundation Trust",
        WorkSetting = "Hospital or other secondary care",
        ScopeOfPractice = "Direct patient care",
        RegistrationType = "Nurse",
        Hours = 450m,
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public PracticeHoursBuilder Ending(DateOnly date)
    {
        _entry.EndDate = date;
        _entry.StartDate = date.AddYears(-1);
        return this;
    }

    public PracticeHoursBuilder WithHours(decimal hours)
    {
        _entry.Hours = hours;
        return this;
    }

    public PracticeHoursBuilder As(string registrationType)
    {
        _entry.RegistrationType = registrationType;
        return this;
    }

    public PracticeHoursBuilder Deleted()
    {
        _entry.MoveToBin(A.Timestamp);
        return this;
    }

    public PracticeHoursEntry Build() => _entry;

    public static implicit operator PracticeHoursEntry(PracticeHoursBuilder builder) => builder.Build();
}
