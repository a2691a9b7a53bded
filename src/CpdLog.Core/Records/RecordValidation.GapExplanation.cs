namespace CpdLog.Core.Records;

public static partial class RecordValidation
{
    public const int MaxGapReason = 200;

    public static IReadOnlyList<FieldError> GapExplanation(GapExplanation g, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(g);
        var e = new Errors();
        e.Dates(g.From, g.To, nameof(g.From), nameof(g.To));
        e.NotFuture(nameof(g.From), g.From, today, "A gap cannot start in the future: enter a start date of today or earlier");
        e.RequiredText(nameof(g.Reason), g.Reason, "Enter the reason for the gap, for example ‘Parental leave’", MaxGapReason);
        e.MaxLength(nameof(g.Details), g.Details, MaxLongText);
        return e;
    }
}
