namespace CpdLog.Core.Records;

/// <summary>The reference prefixes: one per record type, used in every portfolio and on every page.</summary>
public static class RecordReferences
{
    public const string Activity = "A";
    public const string Reflection = "R";
    public const string Feedback = "F";
    public const string PracticeHours = "P";
    public const string Discussion = "RD";
    public const string Confirmation = "C";
    public const string Declaration = "D";
    public const string Evidence = "E";

    /// <summary>The prefix of a record type; throws for a type that has no reference.</summary>
    public static string PrefixFor(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Name switch
        {
            nameof(CpdActivity) => Activity,
            nameof(ReflectiveAccount) => Reflection,
            nameof(FeedbackEntry) => Feedback,
            nameof(PracticeHoursEntry) => PracticeHours,
            nameof(ReflectiveDiscussion) => Discussion,
            nameof(Records.Confirmation) => Confirmation,
            nameof(Records.Declaration) => Declaration,
            nameof(EvidenceFile) => Evidence,
            _ => throw new ArgumentException($"{type.Name} records have no reference", nameof(type)),
        };
    }

    /// <summary>"A17"; empty for a record not saved yet.</summary>
    public static string Of(IReferencedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Number > 0 ? PrefixFor(record.GetType()) + record.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
    }
}
