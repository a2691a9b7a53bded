namespace CpdLog.Web.Features.Archive;

using CpdLog.Web.Api;
using CpdLog.Web.Features.Evidence;

/// <summary><c>GET|POST /api/v1/me/archive</c>: your personal archive, to take to another CpdLog and bring in from one.</summary>
public static class PersonalArchiveEndpoints
{
    public static void MapArchiveApi(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/archive").WithTags("PersonalArchive");
        group.MapGet("/", Export)
            .WithName("ExportPersonalArchive")
            .WithSummary("Your personal archive: every record, evidence file and portfolio record, and your funding history, as one zip")
            .WithDescription("A zip with manifest.json (format \"cpdlog-personal-archive\", its version, when and by which CpdLog version it was exported, " +
                "and the path, size and SHA-256 of every other entry), records/<type>.json for every record type (records in the bin marked \"inBin\"), " +
                "custom body definitions, portfolio texts and issued portfolios, signed sign-offs, funding/*.json (requests, decisions, agreements, " +
                "acceptances) and evidence/<id>/<file name>. The JSON Schemas are in docs/archive/.")
            .Produces<Stream>(StatusCodes.Status200OK, PersonalArchiveService.ContentType);
        group.MapPost("/", Import)
            .WithName("ImportPersonalArchive")
            .WithSummary("Import a personal archive from another CpdLog into your account")
            .WithDescription("Multipart form with one field \"file\": a zip exported by GET /api/v1/me/archive. Every entry is checked against the " +
                "manifest's SHA-256 before anything is written; a damaged, truncated, oversized or foreign archive, an unsafe path or a hash " +
                "mismatch is a 400 with nothing written. Every record gets a new id; records brought in by an earlier import of the same archive " +
                "are skipped and counted in skippedAsDuplicates. Funding history, issued portfolios and sign-offs are kept read-only, marked as " +
                "from your previous employer; imported portfolios do not verify on this service.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery()
            .AddEndpointFilter<CookieAntiforgeryFilter>();
    }

    private static async Task<FileStreamHttpResult> Export(ClaimsPrincipal user, PersonalArchiveService archives, TimeProvider clock, CancellationToken ct)
    {
        var stream = await archives.ExportAsync(user.UserId(), ct);
        return TypedResults.File(stream, PersonalArchiveService.ContentType, PersonalArchiveService.FileName(clock.UkToday()));
    }

    private static async Task<Results<Ok<ArchiveImportResult>, ValidationProblem, ProblemHttpResult>> Import(
        IFormFile? file, PersonalArchiveService archives, UploadRateLimit uploads, ClaimsPrincipal user, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return FileProblem("Select a CpdLog personal archive (a .zip file) to import");
        }

        var ownerId = user.UserId();
        if (!uploads.TryAcquire(ownerId))
        {
            return UploadRateLimit.TooManyProblem();
        }

        try
        {
            return TypedResults.Ok(await archives.ImportAsync(ownerId, file, ct));
        }
        catch (ArchiveRefusedException e)
        {
            return FileProblem(e.Message);
        }
    }

    private static ValidationProblem FileProblem(string message)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, detail: message, title: "The archive cannot be imported");
}
