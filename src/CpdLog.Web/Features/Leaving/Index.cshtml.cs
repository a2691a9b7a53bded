namespace CpdLog.Web.Features.Leaving;

/// <summary>
/// "If I move employer": the signed-in person picks a leaving date (and the reason, which the learning agreements'
/// triggers and waivers depend on) and sees the <see cref="LeavingStatement"/>; downloads it as a PDF and their archive.
/// Once an Admin has recorded their leaving, they can erase their CPD record here before the automatic erasure.
/// </summary>
public sealed class IndexModel(LeavingStatementService statements, LeavingStatementPdf pdf, LeaverErasure leavers,
    CpdUserManager users, CpdSignInManager signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Leaving date")]
    public DateOnly? LeavingDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public LeavingReason Reason { get; set; } = LeavingReason.Resignation;

    /// <summary>The password (or, without one, the e-mail address) that confirms erasing the record now.</summary>
    [BindProperty]
    public string? Password { get; set; }

    public LeavingStatement? Statement { get; private set; }

    /// <summary>The leaving date an Admin recorded; null while the person still works here.</summary>
    public DateOnly? LeftOn { get; private set; }

    public DateOnly? ErasureDue { get; private set; }

    public bool HasPassword { get; private set; } = true;

    public IReadOnlyList<LeavingReason> Reasons => LeavingStatementService.Reasons;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var asked = Request.Query.Keys.Any(k => k.StartsWith(nameof(LeavingDate), StringComparison.Ordinal));
        if (!asked)
        {
            LeavingDate = LeftOn;
            ModelState.Clear();
            if (LeavingDate is null)
            {
                return Page();
            }
        }

        if (Check())
        {
            Statement = await statements.BuildAsync(User.UserId(), LeavingDate!.Value, Reason, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Check())
        {
            return Page();
        }

        var statement = await statements.BuildAsync(User.UserId(), LeavingDate!.Value, Reason, ct);
        return File(await pdf.RenderAsync(statement, ct), "application/pdf", LeavingStatementPdf.FileName(statement));
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        await LoadAsync();
        ModelState.Clear();
        if (user.LeftOn is null)
        {
            ModelState.AddModelError(nameof(Password), "Your employer has not recorded that you left: to close your account, use Personal data in your account settings");
            return Page();
        }

        var confirmed = !string.IsNullOrEmpty(Password) && (HasPassword
            ? await users.CheckPasswordAsync(user, Password)
            : string.Equals(Password.Trim(), user.Email, StringComparison.OrdinalIgnoreCase));
        if (!confirmed)
        {
            ModelState.AddModelError(nameof(Password), HasPassword ? "Enter your password correctly to confirm" : "Enter your email address exactly as it is on your account");
            return Page();
        }

        await leavers.EraseAsync(user.Id, "on the leaver's request", ct);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/AccountClosed", new { area = "Identity" });
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return false;
        }

        LeftOn = user.LeftOn;
        ErasureDue = user.LeftOn is { } left ? leavers.ErasureDue(left) : null;
        HasPassword = await users.HasPasswordAsync(user);
        return true;
    }

    /// <summary>The date is given, real and in range; the reason is one of the list. Errors go to the error summary.</summary>
    private bool Check()
    {
        if (ModelState.ContainsKey(nameof(Reason)) && ModelState[nameof(Reason)]!.Errors.Count > 0 || !Reasons.Contains(Reason))
        {
            ModelState.Remove(nameof(Reason));
            ModelState.AddModelError(nameof(Reason), "Choose a reason for leaving from the list");
        }

        if (LeavingDate is null && (!ModelState.TryGetValue(nameof(LeavingDate), out var entry) || entry.Errors.Count == 0))
        {
            ModelState.AddModelError(nameof(LeavingDate), "Enter your leaving date");
        }
        else if (LeavingDate is { } date)
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            LeavingStatementService.CheckRange(date, clock.UkToday(), errors);
            foreach (var message in errors.Values)
            {
                ModelState.AddModelError(nameof(LeavingDate), message);
            }
        }

        return ModelState.ErrorCount == 0;
    }
}
