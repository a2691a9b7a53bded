namespace CpdLog.Web.Features.Funding;

using System.ComponentModel.DataAnnotations;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

public sealed class EditModel(CpdLogDbContext db, FundingService funding) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public List<SelectListItem> Goals { get; private set; } = [];

    /// <summary>What the person's account lacks before a request can be submitted (told now, not at submission).</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    /// <summary>The working day study leave days convert at (configuration <c>Funding:HoursPerDay</c>).</summary>
    public decimal HoursPerDay => funding.Options.HoursPerDay;

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        Id = id;
        if (id is { } existing)
        {
            var r = await funding.LoadAsync(existing);
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
        var input = Input.ToInput();
        foreach (var (_, messages) in input.EdgeErrors())
        {
            ModelState.AddModelError("Input.StudyLeave", messages[0]);
        }

        if (!ModelState.IsValid)
        {
            await LoadPageAsync();
            return Page();
        }

        var details = input.ToDetails(funding.Options);
        if (id is { } existing)
        {
            var outcome = await funding.UpdateDraftAsync(User, existing, details);
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

        var (request, result) = await funding.CreateAsync(User, details);
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
    /// Shows a refusal on its field. Study leave is one field on this page (days or hours), so the rules' study-leave
    /// errors land on it; asked in days, the message shows the hours the days come to.
    /// </summary>
    private void AddRefusal(Refusal refusal)
    {
        if (refusal.Field is nameof(FundingRequestDetails.StudyLeaveHours) or "studyLeaveHours" or "studyLeaveDays")
        {
            var message = Input.StudyLeaveUnit == StudyLeaveUnit.Days
                ? $"{refusal.Message}. You asked for {Input.StudyLeave:0.##} days, which at {HoursPerDay:0.##} hours a day is {funding.Options.Allowance.DaysToHours(Input.StudyLeave):0.##} hours"
                : refusal.Message;
            refusal = refusal with { Field = nameof(InputModel.StudyLeave), Message = message };
        }

        ModelState.AddRefusal(refusal);
    }

    private async Task LoadPageAsync()
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == User.UserId()).Select(u => new { u.CostCentre, u.LineManagerId }).SingleAsync();
        Missing = FundingReadiness.Missing(user.CostCentre, user.LineManagerId);
        await LoadGoalsAsync();
    }

    private async Task LoadGoalsAsync()
    {
        Goals = [new SelectListItem("None", ""), .. (await db.PdpGoals.OwnedBy(User.UserId()).OrderBy(g => g.TargetDate).ToListAsync())
            .Select(g => new SelectListItem(g.Title, g.Id.ToString()))];
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the course or qualification")]
        [StringLength(300)]
        [Display(Name = "Course or qualification")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Enter the provider")]
        [StringLength(300)]
        public string Provider { get; set; } = "";

        [Display(Name = "Start date")]
        public DateOnly StartDate { get; set; }

        [Display(Name = "End date")]
        public DateOnly EndDate { get; set; }

        public StudyMode Mode { get; set; }

        [Display(Name = "Development goal it serves")]
        public Guid? PdpGoalId { get; set; }

        [Display(Name = "Tuition fee (£)")]
        [Money]
        public decimal TuitionFee { get; set; }

        [Display(Name = "Exam or registration fees (£)")]
        [Money]
        public decimal ExamFee { get; set; }

        [Display(Name = "Travel (£)")]
        [Money]
        public decimal TravelCost { get; set; }

        [Display(Name = "Other costs (£)")]
        [Money]
        public decimal OtherCost { get; set; }

        [Display(Name = "Study leave")]
        public decimal StudyLeave { get; set; }

        [Display(Name = "Study leave in")]
        public StudyLeaveUnit StudyLeaveUnit { get; set; } = StudyLeaveUnit.Days;

        [Display(Name = "Study leave dates")]
        [StringLength(500)]
        public string? StudyLeaveDates { get; set; }

        [Display(Name = "Planned CPD hours")]
        public decimal PlannedHours { get; set; }

        [Display(Name = "Academic credits")]
        public int AcademicCredits { get; set; }

        [Required(ErrorMessage = "Explain why you need this study")]
        [StringLength(4000)]
        public string Justification { get; set; } = "";

        [Display(Name = "Expected impact")]
        [StringLength(4000)]
        public string? ExpectedImpact { get; set; }

        /// <summary>Stored hours as the page shows them: whole working days in days, anything else in hours.</summary>
        public static (decimal Amount, StudyLeaveUnit Unit) LeaveAsTyped(decimal hours, decimal hoursPerDay) =>
            hours > 0 && hoursPerDay > 0 && hours % hoursPerDay == 0 ? (hours / hoursPerDay, StudyLeaveUnit.Days) : (hours, StudyLeaveUnit.Hours);

        public FundingRequestInput ToInput() => new(
            Title, Provider, StartDate, EndDate, Mode, PdpGoalId, TuitionFee, ExamFee, TravelCost, OtherCost,
            StudyLeaveUnit == StudyLeaveUnit.Hours ? StudyLeave : 0, StudyLeaveUnit == StudyLeaveUnit.Days ? StudyLeave : 0,
            StudyLeaveDates, PlannedHours, AcademicCredits, Justification, ExpectedImpact);
    }
}
