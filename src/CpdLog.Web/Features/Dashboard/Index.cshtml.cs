namespace CpdLog.Web.Features.Dashboard;

using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

/// <summary>How each of the user's registrations stands today, what to do next, and their qualifications in progress.</summary>
public sealed class IndexModel(ComplianceService compliance, CpdLogDbContext db) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<RegistrationStatus> Registrations { get; private set; } = [];

    /// <summary>The user's live qualifications, planned, in progress (overdue ones flagged) and completed, not withdrawn, with their modules (one query).</summary>
    public IReadOnlyList<Qualification> Qualifications { get; private set; } = [];

    /// <summary>Registrations nothing is wrong with today: met, on track, not due, or only an advisory warning.</summary>
    public int MetCount => Registrations.Count(r => r.Status is "met" or "warning" or "on-track" or "not-due");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = compliance.Today();
        Registrations = await compliance.ForUserAsync(User.UserId(), Today, ct);
        Qualifications = await RecordTypes.Qualifications.Owned(db, User.UserId())
            .Where(q => q.Status != QualificationStatus.Withdrawn)
            .AsNoTracking()
            .ToListAsync(ct);
    }
}
