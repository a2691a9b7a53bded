namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

public sealed class IndexModel(CpdLogDbContext db, BodyDirectory bodies, ComplianceService compliance) : PageModel
{
    public IReadOnlyList<Row> Registrations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var registrations = await db.Registrations.OwnedBy(User.UserId()).AsNoTracking().ToListAsync(ct);
        var custom = await bodies.CustomForAsync(registrations, ct);
        var all = await bodies.AllAsync(ct);
        var statuses = (await compliance.ForUserAsync(User.UserId(), compliance.Today(), ct)).ToDictionary(s => s.Registration.Id, s => s.Status);
        Registrations = registrations
            .OrderBy(r => r.CreatedAt)
            .Select(r => new Row(
                r,
                BodyDirectory.NameOf(r, custom),
                all.FirstOrDefault(b => b.Code == r.BodyCode)?.RuleSet.AnchorLabel ?? "Anchor date",
                statuses.GetValueOrDefault(r.Id, "unknown")))
            .ToList();
    }

    /// <param name="Status">The status scale's code today (see <see cref="RegistrationStatus.Status"/>).</param>
    public sealed record Row(ProfessionalRegistration Registration, string BodyName, string AnchorLabel, string Status);
}
