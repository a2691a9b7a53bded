namespace CpdLog.Web.Features.Dashboard;

using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>How each of the user's registrations stands today, and what to do next.</summary>
public sealed class IndexModel(ComplianceService compliance) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<RegistrationStatus> Registrations { get; private set; } = [];

    /// <summary>Registrations nothing is wrong with today: met, on track, not due, or only an advisory warning.</summary>
    public int MetCount => Registrations.Count(r => r.Status is "met" or "warning" or "on-track" or "not-due");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = compliance.Today();
        Registrations = await compliance.ForUserAsync(User.UserId(), Today, ct);
    }
}
