namespace CpdLog.Web.Features.Verify;

using CpdLog.Web.Features.Portfolio;
using Microsoft.AspNetCore.RateLimiting;

/// <summary>
/// Public: anyone holding a portfolio can check it by its code or by uploading the PDF. The answer names only what the
/// portfolio's cover already shows.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VerifyRateLimit.PolicyName)]
[RequestSizeLimit(32 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 32 * 1024 * 1024)]
public sealed class IndexModel(PortfolioVerifier verifier, IOptions<PortfolioSettings> settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public VerificationResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The QR code on a portfolio's cover links here with ?code=, so a GET with a code checks it straight away.
        if (!string.IsNullOrWhiteSpace(Code))
        {
            await CheckCodeAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Enter the verification code printed at the foot of each page");
            return Page();
        }

        await CheckCodeAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostFileAsync(CancellationToken ct)
    {
        ModelState.Remove(nameof(Code));
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the portfolio PDF to check");
            return Page();
        }

        if (Upload.Length > settings.Value.MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file must be smaller than {settings.Value.MaxUploadBytes / (1024 * 1024)} MB");
            return Page();
        }

        await using var content = Upload.OpenReadStream();
        Result = await verifier.ByFileAsync(content, ct);
        return Page();
    }

    private async Task CheckCodeAsync(CancellationToken ct)
    {
        Result = await verifier.ByCodeAsync(Code, ct);
        if (Result is null)
        {
            ModelState.AddModelError(nameof(Code), "Enter a code like 7K3QD-X9M2P: 10 letters and numbers");
        }
    }
}
