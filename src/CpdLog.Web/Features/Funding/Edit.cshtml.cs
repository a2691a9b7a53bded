namespace CpdLog.Web.Features.Funding;

using System.ComponentModel.DataAnnotations;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
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
                StudyLeaveHours = r.StudyLeaveHours, StudyLeaveDates = r.StudyLeaveDates, PlannedHours = r.PlannedHours,
                AcademicCredits = r.AcademicCredits, Justification = r.Justification, ExpectedImpact = r.ExpectedImpact,
            };
        }
        else
        {
            Input.StartDate = funding.Today.AddDays(28);
            Input.EndDate = Input.StartDate;
        }

        await LoadGoalsAsync();
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
                ModelState.AddRefusal(invalid);
            }

            await LoadGoalsAsync();
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
                ModelState.AddRefusal(outcome.Result.Refusal!);
                await LoadGoalsAsync();
                return Page();
            }

            return RedirectToPage("Details", new { id = existing });
        }

        var (request, result) = await funding.CreateAsync(User, input, ct);
        if (request is null)
        {
            ModelState.AddRefusal(result.Refusal!);
            await LoadGoalsAsync();
            return Page();
        }

        TempData["Success"] = "Draft saved. Check it, then submit it to your line manager.";
        return RedirectToPage("Details", new { id = request.Id });
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

        [Display(Name = "Tuition fee (£)")]
        public decimal TuitionFee { get; set; }

        [Display(Name = "Exam or registration fees (£)")]
        public decimal ExamFee { get; set; }

        [Display(Name = "Travel (£)")]
        public decimal TravelCost { get; set; }

        [Display(Name = "Other costs (£)")]
        public decimal OtherCost { get; set; }

        [Display(Name = "Study leave (hours)")]
        public decimal StudyLeaveHours { get; set; }

        [Display(Name = "Study leave (days)")]
        public decimal StudyLeaveDays { get; set; }

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
            Title ?? "", Provider ?? "", StartDate, EndDate, Mode, PdpGoalId, TuitionFee, ExamFee, TravelCost, OtherCost, StudyLeaveHours, StudyLeaveDays,
            StudyLeaveDates, PlannedHours, AcademicCredits, Justification, ExpectedImpact);
    }
}
