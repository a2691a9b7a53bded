namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

/// <summary>Defaults: verbal feedback from a colleague on 1 June 2026.</summary>
public sealed class FeedbackBuilder
{
    private readonly FeedbackEntry _feedback = new()
    {
        OwnerId = "user-1",
        Date = new DateOnly(2026, 6, 1),
        Source = FeedbackSource.Colleague,
        Type = "Verbal, informal",
        Summary = "Clear discharge planning",
        HowUsed = "Shared the checklist with the team",
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public FeedbackBuilder On(DateOnly date)
    {
        _feedback.Date = date;
        return this;
    }

    public FeedbackBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    public FeedbackBuilder From(FeedbackSource source)
    {
        _feedback.Source = source;
        return this;
    }

    public FeedbackBuilder Deleted()
    {
        _feedback.MoveToBin(A.Timestamp);
        return this;
    }

    public FeedbackEntry Build() => _feedback;

    public static implicit operator FeedbackEntry(FeedbackBuilder builder) => builder.Build();
}
