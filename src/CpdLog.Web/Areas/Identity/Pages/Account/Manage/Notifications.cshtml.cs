namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

using CpdLog.Web.Features.Notifications;

/// <summary>Which reminder e-mails the signed-in person receives (the same choices as /api/v1/me/notification-preferences).</summary>
public sealed class NotificationsModel(NotificationPreferencesService preferences) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsLineManager { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        IsLineManager = await preferences.IsLineManagerAsync(userId, ct);
        var p = await preferences.GetAsync(userId, ct);
        Input = new InputModel
        {
            AtRiskAlerts = p.AtRiskAlerts,
            DeadlineReminders = p.DeadlineReminders,
            MonthlyDigest = p.MonthlyDigest,
            TeamSummary = p.TeamSummary && IsLineManager,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        IsLineManager = await preferences.IsLineManagerAsync(userId, ct);
        if (Input.TeamSummary && !IsLineManager)
        {
            ModelState.AddModelError("Input.TeamSummary", "Only line managers can have the monthly team summary");
            return Page();
        }

        await preferences.SaveAsync(userId, Input.AtRiskAlerts, Input.DeadlineReminders, Input.MonthlyDigest, Input.TeamSummary, ct);
        TempData["Success"] = "Your reminder choices are saved.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Display(Name = "When a registration becomes at risk")]
        public bool AtRiskAlerts { get; set; }

        [Display(Name = "90, 30 and 7 days before a deadline, while anything is not met")]
        public bool DeadlineReminders { get; set; }

        [Display(Name = "A monthly digest of all my registrations")]
        public bool MonthlyDigest { get; set; }

        [Display(Name = "A monthly summary of my team's statuses")]
        public bool TeamSummary { get; set; }
    }
}
