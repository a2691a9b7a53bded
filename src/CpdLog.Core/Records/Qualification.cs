namespace CpdLog.Core.Records;

/// <summary>
/// A qualification the user is studying for or plans to (e.g. CIPFA Professional Qualification, CIPD Level 7 Advanced
/// Diploma, ILM Level 5): its modules or units, its dates and status, and links to the user's own funding requests and
/// learning agreements that pay for it.
/// </summary>
public sealed class Qualification : OwnedRecord
{
    public string Title { get; set; } = "";

    public string AwardingBody { get; set; } = "";

    /// <summary>The level, e.g. "Level 7" or "RQF Level 5"; empty when not given.</summary>
    public string Level { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly ExpectedCompletionDate { get; set; }

    public QualificationStatus Status { get; set; } = QualificationStatus.InProgress;

    /// <summary>Credits needed for the award; null when the awarding body does not count credits (then the modules' total).</summary>
    public int? CreditsNeeded { get; set; }

    public List<QualificationModule> Modules { get; set; } = [];

    /// <summary>The user's own funding requests that pay for it (checked on save).</summary>
    public List<Guid> FundingRequestIds { get; set; } = [];

    /// <summary>The user's own learning agreement acceptances that go with it (checked on save).</summary>
    public List<Guid> AgreementIds { get; set; } = [];

    /// <summary>The modules as pages and the API list them: earliest start (or finish) first, undated last, then title and id.</summary>
    public IReadOnlyList<QualificationModule> ModulesInOrder() =>
        [.. Modules.OrderBy(m => m.StartDate ?? m.CompletedOn ?? DateOnly.MaxValue).ThenBy(m => m.Title, StringComparer.CurrentCulture).ThenBy(m => m.Id)];

    /// <summary>Progress from the modules (the one computation the list, dashboard and API show).</summary>
    public QualificationProgress Progress => QualificationProgress.Of(this);

    /// <summary>Past the expected completion date and neither completed nor withdrawn.</summary>
    public bool IsOverdue(DateOnly today) => QualificationProgress.IsOverdue(this, today);
}
