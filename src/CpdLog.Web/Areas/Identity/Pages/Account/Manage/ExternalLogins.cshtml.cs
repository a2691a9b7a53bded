namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

using CpdLog.Web.Infrastructure.Sso;

/// <summary>The organisation accounts (OpenID Connect) connected to the signed-in person's account; read only.</summary>
public sealed class ExternalLoginsModel(CpdLogDbContext db, IOptions<SsoOptions> sso) : PageModel
{
    public IReadOnlyList<(string Provider, string Connected, string LastUsed)> Links { get; private set; } = [];

    public bool SignInOffered => sso.Value.Enabled;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        var rows = await db.ExternalLogins.AsNoTracking().Where(l => l.UserId == userId).ToListAsync(ct);
        var culture = CultureInfo.GetCultureInfo("en-GB");
        Links = [.. rows.OrderBy(l => l.CreatedAt).Select(l => (
            sso.Value.Providers.TryGetValue(l.Provider, out var p) ? p.DisplayName : l.Provider,
            l.CreatedAt.UtcDateTime.ToString("d MMMM yyyy", culture),
            l.LastSignInAt is { } at ? at.UtcDateTime.ToString("d MMMM yyyy", culture) : "Never"))];
    }
}
