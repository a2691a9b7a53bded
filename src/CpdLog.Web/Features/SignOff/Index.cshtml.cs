namespace CpdLog.Web.Features.SignOff;

using CpdLog.Core.SignOffs;
using Microsoft.AspNetCore.RateLimiting;

/// <summary>
/// Public, without an account: the recipient of a sign-off link sees what they are asked to sign (the registrant's
/// name, registration and the summary frozen when the request was made — nothing else of the registrant's records),
/// enters their details and signs or declines. An unknown link is a 404 page; an expired, used or withdrawn one a
/// 410 page that says which.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignOffRateLimit.PolicyName)]
public sealed class IndexModel(SignOffService service, IOptions<SignOffOptions> options) : PageModel
{
    private static readonly IReadOnlyList<SelectListItem> Categories =
        [.. Enum.GetValues<ConfirmerCategory>().Where(c => c != ConfirmerCategory.NotStated).Select(c => new SelectListItem(c.Name(), c.ToString()))];

    private static readonly IReadOnlyList<SelectListItem> Items =
        [.. ConfirmationItemsExtensions.Each.Select(i => new SelectListItem(i.Name(), i.ToString()))];

    [BindProperty]
    public SignOffAnswer Answer { get; set; } = new();

    public SignOffRequest? SignOff { get; private set; }

    public SignOffStatus? Status { get; private set; }

    public SignOffSummary Summary { get; private set; } = new([]);

    /// <summary>Set once the recipient has answered in this request: "signed" or "declined".</summary>
    public string? Answered { get; private set; }

    public IReadOnlyList<SelectListItem> CategoryChoices => Categories;

    public IReadOnlyList<SelectListItem> ItemChoices => Items;

    public int LinkLifetimeDays => options.Value.LinkLifetimeDays;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        NoStore();
        if (!await LoadAsync(token, ct))
        {
            return Page();
        }

        Answer = new SignOffAnswer
        {
            SignerName = SignOff!.RecipientName,
            MeetingDate = service.Today,
            SignerIsNmcRegistrant = SignOff.Kind == SignOffKind.Discussion,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(string token, CancellationToken ct)
    {
        NoStore();

        // The service checks every answer; only the date boxes' reading is kept: what was typed, and what was wrong
        // with it (a date that could not be read reaches the service as no date, which it never accepts).
        const string dateKey = $"{nameof(Answer)}.{nameof(SignOffAnswer.MeetingDate)}";
        var typed = ModelState.TryGetValue(dateKey, out var entry) ? entry : null;
        var (raw, attempted, dateError) = (typed?.RawValue, typed?.AttemptedValue, typed?.Errors.FirstOrDefault()?.ErrorMessage);
        ModelState.Clear();
        if (raw is not null)
        {
            ModelState.SetModelValue(dateKey, raw, attempted);
        }

        var (outcome, errors) = await service.SignAsync(token, Answer, ct);
        if (dateError is not null)
        {
            errors = [new FieldError(nameof(SignOffAnswer.MeetingDate), dateError), .. errors.Where(e => e.Field != nameof(SignOffAnswer.MeetingDate))];
        }

        return await RespondAsync(token, outcome, errors, "signed", ct);
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, CancellationToken ct)
    {
        NoStore();
        ModelState.Clear();
        var (outcome, errors) = await service.DeclineAsync(token, Answer.DeclineReason, ct);
        return await RespondAsync(token, outcome, errors, "declined", ct);
    }

    private async Task<IActionResult> RespondAsync(string token, SignOffOutcome outcome, IReadOnlyList<FieldError> errors, string done, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct) && outcome != SignOffOutcome.Done)
        {
            return Page();
        }

        if (outcome == SignOffOutcome.Done)
        {
            Answered = done;
            Response.StatusCode = StatusCodes.Status200OK;
            return Page();
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError($"{nameof(Answer)}.{error.Field}", error.Message);
        }

        return Page();
    }

    /// <summary>Loads the request; false (with the status code set) when the link cannot be used.</summary>
    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        SignOff = await service.FindByTokenAsync(token, ct);
        if (SignOff is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        Status = SignOff.StatusAt(service.Now);
        Summary = SignOffSummary.FromJson(SignOff.SummaryJson);
        if (Status != SignOffStatus.Pending)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return false;
        }

        return true;
    }

    /// <summary>
    /// The link's token is in the address: keep the page out of caches. (The global Referrer-Policy,
    /// strict-origin-when-cross-origin, already keeps the path, and so the token, out of requests to other sites.)
    /// </summary>
    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
