namespace CpdLog.Web.Infrastructure.Forms;

/// <summary>
/// What was typed into the three boxes of a date input, and which of them are wrong. The binder keeps it as the model
/// state's raw value, so the page shows back exactly what was typed and highlights only the wrong boxes.
/// </summary>
public sealed record DateInputParts(string Day, string Month, string Year, DateInputPart Wrong)
{
    /// <summary>The boxes' names: the field's name followed by <c>.Day</c>, <c>.Month</c> or <c>.Year</c>.</summary>
    public static string Name(string field, DateInputPart part) => $"{field}.{part}";

    /// <summary>
    /// What follows the field's id in the id of the first wrong box ("" for the day box, which carries the field's id),
    /// so the error summary's link lands on the box to put right.
    /// </summary>
    public string FirstWrongSuffix => Wrong.HasFlag(DateInputPart.Day) || Wrong == DateInputPart.None ? ""
        : Wrong.HasFlag(DateInputPart.Month) ? "-month" : "-year";

    public static DateInputParts From(DateOnly? date) => date is { } d
        ? new(d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), DateInputPart.None)
        : new("", "", "", DateInputPart.None);
}
