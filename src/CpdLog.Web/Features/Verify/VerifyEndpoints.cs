namespace CpdLog.Web.Features.Verify;

using CpdLog.Web.Features.Portfolio;

/// <summary>/api/v1/verify: public, rate-limited checks of a portfolio by code or by file.</summary>
public static class VerifyEndpoints
{
    public static void MapVerifyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/verify")
            .WithTags("Verify")
            .AllowAnonymous()
            .RequireRateLimiting(VerifyRateLimit.PolicyName)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/{code}", ByCode)
            .WithSummary("Check a portfolio's verification code (public)")
            .WithDescription("Says whether this CpdLog issued a portfolio with this code, and for whom, when, which registration and period.");

        // A public endpoint that takes no cookies: there is no session for a cross-site request to ride on.
        group.MapPost("/", ByFile)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Check a portfolio PDF (public)")
            .WithDescription("Multipart form with one field \"file\". The file is hashed (SHA-256) and compared with the portfolios " +
                "issued; nothing else is read from it, and it is not stored.");
    }

    private static async Task<Results<Ok<VerificationResult>, ValidationProblem>> ByCode(
        string code, PortfolioVerifier verifier, CancellationToken ct)
    {
        var result = await verifier.ByCodeAsync(code, ct);
        return result is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["Enter a code like 7K3QD-X9M2P (10 letters and numbers)"] })
            : TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<VerificationResult>, ValidationProblem, ProblemHttpResult>> ByFile(
        IFormFile? file, PortfolioVerifier verifier, IOptions<PortfolioSettings> settings, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Choose a PDF file to check"] });
        }

        if (file.Length > settings.Value.MaxUploadBytes)
        {
            return TypedResults.Problem(
                title: "File too large",
                detail: $"Portfolios are smaller than {settings.Value.MaxUploadBytes / (1024 * 1024)} MB; this file cannot be one.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await verifier.ByFileAsync(content, ct));
    }
}
