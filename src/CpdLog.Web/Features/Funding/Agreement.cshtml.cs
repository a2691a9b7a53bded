namespace CpdLog.Web.Features.Funding;

/// <summary>
/// Check your answers before accepting a learning agreement: the study, the amount the agreement covers, the
/// repayment schedule and what it would cost to leave at each point. Only the person who asked can see it and accept.
/// </summary>
public sealed class AgreementModel(FundingService funding, FundingAgreements agreements) : PageModel
{
    public FundingRequest Study { get; private set; } = default!;

    public AgreementTemplate Template { get; private set; } = default!;

    public IReadOnlyList<(string When, decimal Amount)> Repayments { get; private set; } = [];

    /// <summary>The version the person read; accepting refuses if the agreement changed since.</summary>
    [BindProperty]
    public Guid TemplateId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var load = await LoadAsync(id);
        if (load is not null)
        {
            return load;
        }

        TemplateId = Template.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var load = await LoadAsync(id);
        if (load is not null)
        {
            return load;
        }

        if (TemplateId != Template.Id)
        {
            ModelState.AddModelError("", "The learning agreement changed while you were reading it. Check the new version below, then accept it.");
            TemplateId = Template.Id;
            return Page();
        }

        var (_, outcome) = await funding.AcceptAgreementAsync(User, id, HttpContext.RequestAborted);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Result.Refusal!, "");
            return Page();
        }

        TempData["Success"] = "Learning agreement accepted.";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Null when the page can show; otherwise where to go (not the requester: 404; nothing to accept: the request).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var request = await funding.LoadAsync(id, ct);
        if (request is null || request.RequesterId != User.UserId())
        {
            return NotFound();
        }

        var template = await agreements.RequiredTemplateAsync(request, ct);
        var acceptance = await agreements.CurrentAcceptanceAsync(request, ct);
        if (template is null || acceptance is not null || !(request.IsEditable || request.IsPending))
        {
            return RedirectToPage("Details", new { id });
        }

        Study = request;
        Template = template;
        Repayments = AgreementPreview.Rows(template, request);
        return null;
    }
}
