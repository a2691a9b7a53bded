namespace CpdLog.UnitTests.Builders;

/// <summary>Entry point for test builders: <c>A.Activity().On(date).WithHours(3)</c>.</summary>
public static class A
{
    /// <summary>A fixed timestamp for audit fields and bin moves, so tests never read the clock.</summary>
    public static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static ActivityBuilder Activity() => new();

    public static ReflectionBuilder Reflection() => new();

    public static FeedbackBuilder Feedback() => new();

    public static PracticeHoursBuilder PracticeHours() => new();

    public static DiscussionBuilder Discussion() => new();

    public static ConfirmationBuilder Confirmation() => new();

    public static DeclarationBuilder Declaration() => new();

    public static ComplianceInputBuilder Input() => new();

    public static CustomBodyBuilder CustomBody() => new();
}
