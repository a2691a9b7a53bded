namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

/// <summary>Defaults: a completed 1-hour formal course on 1 June 2026, not participatory, not verifiable.</summary>
public sealed class ActivityBuilder
{
    private readonly CpdActivity _activity = new()
    {
        OwnerId = "user-1",
        Title = "Safeguarding adults level 3",
        StartDate = new DateOnly(2026, 6, 1),
        EndDate = new DateOnly(2026, 6, 1),
        Hours = 1m,
        Status = ActivityStatus.Completed,
        ActivityType = ActivityType.FormalEducational,
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public ActivityBuilder On(DateOnly date)
    {
        _activity.StartDate = date;
        _activity.EndDate = date;
        return this;
    }

    public ActivityBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    public ActivityBuilder Spanning(DateOnly start, DateOnly end)
    {
        _activity.StartDate = start;
        _activity.EndDate = end;
        return this;
    }

    public ActivityBuilder WithHours(decimal hours)
    {
        _activity.Hours = hours;
        return this;
    }

    /// <summary>Sets participatory hours, raising total hours if needed so the entity stays valid.</summary>
    public ActivityBuilder Participatory(decimal hours)
    {
        _activity.ParticipatoryHours = hours;
        _activity.Hours = Math.Max(_activity.Hours, hours);
        return this;
    }

    /// <summary>Bypasses the participatory ≤ hours guard, to test that rules clamp bad data.</summary>
    public ActivityBuilder WithRawParticipatoryHours(decimal hours)
    {
        _activity.ParticipatoryHours = hours;
        return this;
    }

    public ActivityBuilder OfType(ActivityType type)
    {
        _activity.ActivityType = type;
        return this;
    }

    public ActivityBuilder Verifiable(bool verifiable = true)
    {
        _activity.IsVerifiable = verifiable;
        return this;
    }

    public ActivityBuilder Ethics()
    {
        _activity.IsEthics = true;
        return this;
    }

    public ActivityBuilder Tagged(string tags)
    {
        _activity.Tags = tags;
        return this;
    }

    public ActivityBuilder Planned()
    {
        _activity.Status = ActivityStatus.Planned;
        return this;
    }

    public ActivityBuilder Deleted()
    {
        _activity.MoveToBin(A.Timestamp);
        return this;
    }

    public CpdActivity Build() => _activity;

    public static implicit operator CpdActivity(ActivityBuilder builder) => builder.Build();
}
