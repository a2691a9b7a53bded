namespace CpdLog.Core.Records;

/// <summary>The revalidation requirements a confirmer checks (one box each on the NMC confirmation form).</summary>
[Flags]
public enum ConfirmationItems
{
    None = 0,
    PracticeHours = 1,
    CpdHours = 2,
    PracticeRelatedFeedback = 4,
    WrittenReflectiveAccounts = 8,
    ReflectiveDiscussion = 16,
    HealthAndCharacter = 32,
    ProfessionalIndemnity = 64,
}
