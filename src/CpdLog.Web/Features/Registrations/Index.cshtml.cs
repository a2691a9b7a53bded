namespace CpdLog.Web.Features.Registrations;

public sealed class IndexModel(CpdLogDbContext db, BodyDirectory bodies, ComplianceService compliance) : PageModel
{
    public IReadOnlyList<Row> Registrations { get; private set; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var registrations = await db.Registrations.OwnedBy(User.UserId()).AsNoTracking().ToListAsync(ct);
        var custom = await bodies.CustomForAsync(registrations, ct);
        var all = await bodies.AllAsync(ct);
        var statuses = (await compliance.ForUserAsync(User.UserId(), compliance.Today(), ct)).ToDictionary(s => s.Registration.Id, s => s.Status);
        var page = registrations
            .OrderBy(r => r.CreatedAt)
            .ThenBy(r => r.Id)
            .Select(r => new Row(
                r,
                BodyDirectory.NameOf(r, custom),
                all.FirstOrDefault(b => b.Code == r.BodyCode)?.RuleSet.AnchorLabel ?? "Anchor date",
                statuses.GetValueOrDefault(r.Id, "unknown")))
            .ToList()
            .ToShownPage(PageRequest.ParseOrFirst(Request.Query));
        Registrations = page;
        Pager = Pager.For(Request, page, "registration", "registrations");
    }

    /// <param name="Status">The status scale's code today (see <see cref="RegistrationStatus.Status"/>).</param>
    public sealed record Row(ProfessionalRegistration Registration, string BodyName, string AnchorLabel, string Status);
}
