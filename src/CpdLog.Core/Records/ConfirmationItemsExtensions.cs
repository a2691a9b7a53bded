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
    public static string Name(this ConfirmationItems item) => item switch
    {
        ConfirmationItems.PracticeHours => "Practice hours",
        ConfirmationItems.CpdHours => "Continuing professional development",
        ConfirmationItems.PracticeRelatedFeedback => "Practice-related feedback",
        ConfirmationItems.WrittenReflectiveAccounts => "Written reflective accounts",
        ConfirmationItems.ReflectiveDiscussion => "Reflective discussion",
        ConfirmationItems.HealthAndCharacter => "Health and character",
        ConfirmationItems.ProfessionalIndemnity => "Professional indemnity arrangement",
        _ => item.ToString(),
    };

    public static string Name(this ConfirmerCategory category) => category switch
    {
        ConfirmerCategory.NmcRegistrantLineManager => "Line manager who is an NMC registrant",
        ConfirmerCategory.NmcRegistrant => "NMC registrant (not my line manager)",
        ConfirmerCategory.RegulatedProfessionalLineManager => "Line manager who is registered with another regulator",
        ConfirmerCategory.OtherRegulatedProfessional => "Other regulated healthcare professional",
        ConfirmerCategory.Other => "Other",
        _ => "Not stated",
    };
}
