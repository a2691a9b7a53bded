namespace CpdLog.Core.Records;

/// <summary>Moves between the stored <see cref="ConfirmationItems"/> flags and a list (one checkbox or JSON item each).</summary>
public static class ConfirmationItemsExtensions
{
    public static readonly IReadOnlyList<ConfirmationItems> Each =
    [
        ConfirmationItems.PracticeHours, ConfirmationItems.CpdHours, ConfirmationItems.PracticeRelatedFeedback,
        ConfirmationItems.WrittenReflectiveAccounts, ConfirmationItems.ReflectiveDiscussion,
        ConfirmationItems.HealthAndCharacter, ConfirmationItems.ProfessionalIndemnity,
    ];

    public static List<ConfirmationItems> ToList(this ConfirmationItems items) => [.. Each.Where(i => items.HasFlag(i))];

    public static ConfirmationItems Combine(IEnumerable<ConfirmationItems>? items)
        => items?.Aggregate(ConfirmationItems.None, (all, i) => all | i) ?? ConfirmationItems.None;

    /// <summary>Only the defined items; anything else (e.g. an integer sent to the API) is invalid.</summary>
    public static bool IsValid(this ConfirmationItems items) => (items & ~Each.Aggregate(ConfirmationItems.None, (a, i) => a | i)) == 0;

    /// <summary>How each item is printed and shown on pages.</summary>
    public static string Name(this ConfirmationItems item) => DisplayNames.Of(item);

    public static string Name(this ConfirmerCategory category) => DisplayNames.Of(category);
}
