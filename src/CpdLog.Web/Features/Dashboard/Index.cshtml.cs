namespace CpdLog.Web.Features.Dashboard;

using CpdLog.Web.Features.Registrations;

/// <summary>How each of the user's registrations stands today, what to do next, and their qualifications in progress.</summary>
public sealed class IndexModel(ComplianceService compliance, CpdLogDbContext db) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<RegistrationStatus> Registrations { get; private set; } = [];

    /// <summary>The user's live planned and in-progress qualifications, earliest expected completion first, with their modules.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; private set; } = [];

    /// <summary>The user's completed qualifications, latest expected completion first (the card lists the first few).</summary>
    public IReadOnlyList<Qualification> CompletedQualifications { get; private set; } = [];

    /// <summary>How many completed qualifications the card lists before "all your qualifications".</summary>
    public const int CompletedShown = 3;

    /// <summary>Registrations nothing is wrong with today: met, on track, not due, or only an advisory warning.</summary>
    public int MetCount => Registrations.Count(r => r.Status is "met" or "warning" or "on-track" or "not-due");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = compliance.Today();
        Registrations = await compliance.ForUserAsync(User.UserId(), Today, ct);
        var qualifications = await RecordTypes.Qualifications.Owned(db, User.UserId())
            .Where(q => q.Status != QualificationStatus.Withdrawn)
            .AsNoTracking()
            .ToListAsync(ct);
        Qualifications = [.. qualifications.Where(q => q.Status != QualificationStatus.Completed)
            .OrderBy(q => q.ExpectedCompletionDate).ThenBy(q => q.Title, StringComparer.CurrentCulture)];
        CompletedQualifications = [.. qualifications.Where(q => q.Status == QualificationStatus.Completed)
            .OrderByDescending(q => q.ExpectedCompletionDate).ThenBy(q => q.Title, StringComparer.CurrentCulture)];
    }
}
