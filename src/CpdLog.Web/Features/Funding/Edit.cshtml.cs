namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Infrastructure.Forms;

public sealed class EditModel(CpdLogDbContext db, FundingService funding) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>What the person's account lacks before a request can be submitted (told now, not at submission).</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    /// <summary>The working day study leave days convert at (configuration <c>Funding:HoursPerDay</c>).</summary>
    public decimal HoursPerDay => funding.Options.HoursPerDay;

    public Guid? Id { get; private set; }

    public List<SelectListItem> Goals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        Id = id;
        if (id is { } existing)
        {
            var r = await funding.LoadAsync(existing, HttpContext.RequestAborted);
            if (r is null || r.RequesterId != User.UserId())
            {
                return NotFound();
            }

            if (!r.IsEditable)
            {
                return RedirectToPage("Details", new { id });
            }

            Input = new InputModel
            {
                Title = r.Title, Provider = r.Provider, StartDate = r.StartDate, EndDate = r.EndDate, Mode = r.Mode, PdpGoalId = r.PdpGoalId,
                TuitionFee = r.TuitionFee, ExamFee = r.ExamFee, TravelCost = r.TravelCost, OtherCost = r.OtherCost,
                StudyLeaveDates = r.StudyLeaveDates, PlannedHours = r.PlannedHours,
                AcademicCredits = r.AcademicCredits, Justification = r.Justification, ExpectedImpact = r.ExpectedImpact,
            };
            (Input.StudyLeave, Input.StudyLeaveUnit) = InputModel.LeaveAsTyped(r.StudyLeaveHours, HoursPerDay);
        }
        else
        {
            Input.StartDate = funding.Today.AddDays(28);
            Input.EndDate = Input.StartDate;
        }

        await LoadPageAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Id = id;
        var ct = HttpContext.RequestAborted;
        var input = Input.ToRequestInput();
        if (!ModelState.IsValid)
        {
            // A value that did not bind keeps its message; Core's errors show on every other field at the same time.
            var (_, check) = await funding.CheckAsync(User.UserId(), input, ct);
            if (check.Refusal is { } invalid)
            {
                AddRefusal(invalid);
            }

            await LoadPageAsync();
            return Page();
        }

        if (id is { } existing)
        {
            var outcome = await funding.UpdateDraftAsync(User, existing, input, ct);
            if (outcome.NotFound)
            {
                return NotFound();
            }

            if (!outcome.Succeeded)
            {
                AddRefusal(outcome.Result.Refusal!);
                await LoadPageAsync();
                return Page();
            }

            return RedirectToPage("Details", new { id = existing });
        }

        var (request, result) = await funding.CreateAsync(User, input, ct);
        if (request is null)
        {
            AddRefusal(result.Refusal!);
            await LoadPageAsync();
            return Page();
        }

        TempData["Success"] = "Draft saved. Check it, then submit it to your line manager.";
        return RedirectToPage("Details", new { id = request.Id });
    }

    /// <summary>
    /// Shows a refusal's errors on their fields. Study leave is one field on this page (days or hours), so the rules'
    /// study-leave errors land on it; asked in days, the message shows the hours the days come to.
    /// </summary>
    private void AddRefusal(Refusal refusal)
    {
        if (refusal.Kind == RefusalKind.Invalid)
        {
            var errors = refusal.Errors.Select(e => e.Field is "studyLeaveHours" or "studyLeaveDays" or nameof(FundingRequestDetails.StudyLeaveHours)
                ? new FieldError("studyLeave", Input.StudyLeaveUnit == StudyLeaveUnit.Days
                    ? $"{e.Message}. You asked for {Input.StudyLeave:0.##} days, which at {HoursPerDay:0.##} hours a day is {funding.Options.Allowance.DaysToHours(Input.StudyLeave):0.##} hours"
                    : e.Message)
                : e).ToList();
            refusal = refusal with { Errors = errors };
        }

        ModelState.AddRefusal(refusal);
    }

    private async Task LoadPageAsync()
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == User.UserId()).Select(u => new { u.CostCentre, u.LineManagerId }).SingleAsync(HttpContext.RequestAborted);
        Missing = FundingReadiness.Missing(user.CostCentre, user.LineManagerId);
        await LoadGoalsAsync();
    }

    private async Task LoadGoalsAsync()
    {
        Goals = [new SelectListItem("None", ""), .. (await db.PdpGoals.OwnedBy(User.UserId()).OrderBy(g => g.TargetDate).ToListAsync(HttpContext.RequestAborted))
            .Select(g => new SelectListItem(g.Title, g.Id.ToString()))];
    }

    public sealed class InputModel
    {
        [Display(Name = "Course or qualification")]
        public string? Title { get; set; }

        public string? Provider { get; set; }

        [Display(Name = "Start date")]
        public DateOnly StartDate { get; set; }

        [Display(Name = "End date")]
        public DateOnly EndDate { get; set; }

        public StudyMode Mode { get; set; }

        [Display(Name = "Development goal it serves")]
        public Guid? PdpGoalId { get; set; }

        [Money]
        [Display(Name = "Tuition fee (£)")]
        public decimal TuitionFee { get; set; }

        [Money]
        [Display(Name = "Exam or registration fees (£)")]
        public decimal ExamFee { get; set; }

        [Money]
        [Display(Name = "Travel (£)")]
        public decimal TravelCost { get; set; }

        [Money]
        [Display(Name = "Other costs (£)")]
        public decimal OtherCost { get; set; }

        [Display(Name = "Study leave")]
        public decimal StudyLeave { get; set; }

        [Display(Name = "Study leave in")]
        public StudyLeaveUnit StudyLeaveUnit { get; set; } = StudyLeaveUnit.Days;

        [Display(Name = "Study leave dates")]
        public string? StudyLeaveDates { get; set; }

        [Display(Name = "Planned CPD hours")]
        public decimal PlannedHours { get; set; }

        [Display(Name = "Academic credits")]
        public int AcademicCredits { get; set; }

        public string? Justification { get; set; }

        [Display(Name = "Expected impact")]
        public string? ExpectedImpact { get; set; }

        /// <summary>The form as the API takes it, so both are checked by the same rules.</summary>
        public FundingRequestInput ToRequestInput() => new(
            Title ?? "", Provider ?? "", StartDate, EndDate, Mode, PdpGoalId, TuitionFee, ExamFee, TravelCost, OtherCost,
            StudyLeaveUnit == StudyLeaveUnit.Hours ? StudyLeave : 0, StudyLeaveUnit == StudyLeaveUnit.Days ? StudyLeave : 0,
            StudyLeaveDates, PlannedHours, AcademicCredits, Justification, ExpectedImpact);

        /// <summary>Stored hours as the page shows them: whole working days in days, anything else in hours.</summary>
        public static (decimal Amount, StudyLeaveUnit Unit) LeaveAsTyped(decimal hours, decimal hoursPerDay) =>
            hours > 0 && hoursPerDay > 0 && hours % hoursPerDay == 0 ? (hours / hoursPerDay, StudyLeaveUnit.Days) : (hours, StudyLeaveUnit.Hours);
    }
}
