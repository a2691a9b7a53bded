namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Infrastructure.Forms;

public sealed class CompleteModel(FundingService funding) : PageModel
{
    /// <summary>The certificate's file input is not part of <see cref="Input"/>.</summary>
    private static readonly Dictionary<string, string> CertificateInput = new() { [FundingService.CertificateField] = FundingService.CertificateField };

    public FundingRequest Study { get; private set; } = default!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.CompletedOn = Study.EndDate <= funding.Today ? Study.EndDate : funding.Today;
        Input.ActualHours = Study.PlannedHours;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? certificate)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await funding.CompleteAsync(
            User, id, new CompleteInput(Input.CompletedOn, Input.ActualHours, Input.ActualCost, Input.Reflection, Input.CostReason), certificate, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Result.Refusal!, inputNames: CertificateInput);
            return Page();
        }

        TempData["Success"] = outcome.Result.Note ?? "Completed. The hours now count in your CPD log.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var request = await funding.LoadAsync(id, HttpContext.RequestAborted);
        if (request is null || request.RequesterId != User.UserId())
        {
            return false;
        }

        Study = request;
        return true;
    }

    public sealed class InputModel
    {
        [Display(Name = "Date you completed it")]
        public DateOnly CompletedOn { get; set; }

        [Display(Name = "CPD hours spent learning")]
        public decimal ActualHours { get; set; }

        [Display(Name = "Actual cost (£), if different from the approved amount")]
        [Money]
        public decimal? ActualCost { get; set; }

        [Display(Name = "Why did it cost more than approved?")]
        public string? CostReason { get; set; }

        [Display(Name = "Reflection: what did you learn and how will you use it?")]
        public string? Reflection { get; set; }
    }
}
