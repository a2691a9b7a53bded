namespace CpdLog.Web.Features.Registrations;

/// <summary>How dates, amounts and compliance wording read on the registration, dashboard and admin pages.</summary>
public static class ComplianceDisplay
{
    public static string Date(DateOnly date) => UkFormat.Date(date);

    public static string Hours(decimal value) => UkFormat.Number(value);

    /// <summary>An option choice as words: "true" → "Yes", "nurse-and-midwife" → "Nurse and midwife".</summary>
    public static string Choice(string choice) => choice switch
    {
        "true" => "Yes",
        "false" => "No",
        "" => "Not set",
        _ => char.ToUpperInvariant(choice[0]) + choice[1..].Replace('-', ' '),
    };

    public static string DaysLeft(int days) => days switch
    {
        0 => "Due today",
        1 => "1 day left",
        > 1 => $"{days} days left",
        -1 => "1 day overdue",
        _ => $"{-days} days overdue",
    };
}
