namespace CpdLog.Web.Features.Evidence;

using AutoMapper;

/// <summary><c>/api/v1/evidence</c>: upload (multipart), list per record, metadata, download, delete to the bin.</summary>
public static class EvidenceEndpoints
{
    public static RouteGroupBuilder MapEvidenceApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/evidence").WithTags("Evidence");

        group.MapPost("/", async Task<Results<Created<EvidenceDto>, ValidationProblem, NotFound>> (
                [FromForm] string? recordKind, [FromForm] string? recordId, IFormFile? file,
                EvidenceService evidence, IMapper mapper, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (ParseTarget(recordKind, recordId) is not { } target)
                {
                    return TypedResults.ValidationProblem(TargetErrors(recordKind, recordId));
                }

                return await evidence.UploadAsync(user.UserId(), target.Kind, target.Id, file, ct) switch
                {
                    UploadOutcome.Saved saved => TypedResults.Created($"/api/v1/evidence/{saved.File.Id}", mapper.Map<EvidenceDto>(saved.File)),
                    UploadOutcome.Invalid invalid => FieldErrorMapper.ToValidationProblem(invalid.Errors),
                    _ => TypedResults.NotFound(),
                };
            })
            .WithName("UploadEvidence")
            .WithSummary("Attach a file to one of your records (PDF, PNG, JPEG, DOCX, XLSX or plain text; type checked from the content)")
            // The framework's check would refuse bearer-token clients, who have no token to send; cookie callers must send it.
            .DisableAntiforgery()
            .AddEndpointFilter<CpdLog.Web.Api.CookieAntiforgeryFilter>();

        group.MapGet("/", async Task<Results<Ok<List<EvidenceDto>>, ValidationProblem, NotFound>> (
                [FromQuery] string? recordKind, [FromQuery] string? recordId,
                EvidenceService evidence, CpdLog.Data.CpdLogDbContext db, IMapper mapper, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (ParseTarget(recordKind, recordId) is not { } target)
                {
                    return TypedResults.ValidationProblem(TargetErrors(recordKind, recordId));
                }

                var ownerId = user.UserId();
                if (!await RecordTypes.ForEvidence(target.Kind)!.ExistsAsync(db, ownerId, target.Id, ct))
                {
                    return TypedResults.NotFound();
                }

                return TypedResults.Ok(mapper.Map<List<EvidenceDto>>(await evidence.ListAsync(ownerId, target.Kind, target.Id, ct)));
            })
            .WithPaging()
            .WithName("ListEvidence")
            .WithSummary("The files attached to one of your records");

        group.MapGet("/{id:guid}", async Task<Results<Ok<EvidenceDto>, NotFound>> (
                Guid id, EvidenceService evidence, IMapper mapper, ClaimsPrincipal user, CancellationToken ct) =>
            await evidence.FindAsync(user.UserId(), id, ct) is { } file
                ? TypedResults.Ok(mapper.Map<EvidenceDto>(file))
                : TypedResults.NotFound())
            .WithName("GetEvidence")
            .WithSummary("One evidence file's details, including its SHA-256");

        group.MapPut("/{id:guid}", async Task<Results<Ok<EvidenceDto>, ValidationProblem, NotFound>> (
                Guid id, HttpRequest request, EvidenceService evidence, IMapper mapper, TimeProvider clock,
                ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (await evidence.FindAsync(user.UserId(), id, ct) is not { } file)
                {
                    return TypedResults.NotFound();
                }

                var (details, unreadable) = await RecordApi.ReadInputAsync<EvidenceDetailsInput>(request, ct);
                if (details is null)
                {
                    return TypedResults.ValidationProblem(unreadable!);
                }

                var errors = details.Validate();
                if (errors.Count > 0)
                {
                    return FieldErrorMapper.ToValidationProblem(errors);
                }

                await evidence.UpdateDetailsAsync(file, details, clock.GetUtcNow(), ct);
                return TypedResults.Ok(mapper.Map<EvidenceDto>(file));
            })
            .Accepts<EvidenceDetailsInput>("application/json")
            .WithName("UpdateEvidenceDetails")
            .WithSummary("Change a file's description, number of pages and the standards it supports (the file itself never changes)");

        group.MapGet("/{id:guid}/content", async Task<Results<FileStreamHttpResult, NotFound>> (
                Guid id, EvidenceService evidence, HttpContext http, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (await evidence.OpenAsync(user.UserId(), id, ct) is not { } opened)
                {
                    return TypedResults.NotFound();
                }

                http.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(opened.Content, opened.File.ContentType, opened.File.FileName);
            })
            .WithName("DownloadEvidence")
            .WithSummary("Download the file (owner only)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");

        group.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFound>> (
                Guid id, EvidenceService evidence, ClaimsPrincipal user, CancellationToken ct) =>
            await evidence.MoveToBinAsync(user.UserId(), id, ct) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .WithName("DeleteEvidence")
            .WithSummary("Move a file to the bin (restore it with POST /api/v1/bin/evidence/{id}/restore)");

        return group;
    }

    /// <summary>A record kind by name ("Activity", any case) that evidence can be attached to, and a record id.</summary>
    public static (RecordKind Kind, Guid Id)? ParseTarget(string? recordKind, string? recordId)
        => ParseKind(recordKind) is { } kind && Guid.TryParse(recordId, out var id) ? (kind, id) : null;

    private static RecordKind? ParseKind(string? value)
        => !string.IsNullOrWhiteSpace(value) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
           && Enum.TryParse<RecordKind>(value, ignoreCase: true, out var kind) && RecordTypes.ForEvidence(kind) is not null
            ? kind
            : null;

    private static Dictionary<string, string[]> TargetErrors(string? recordKind, string? recordId)
    {
        var errors = new Dictionary<string, string[]>();
        if (ParseKind(recordKind) is null)
        {
            var kinds = string.Join(", ", RecordTypes.All.Where(t => t.Kind is not null).Select(t => t.Kind.ToString()));
            errors["recordKind"] = [$"Enter the kind of record the file is for: one of {kinds}"];
        }

        if (!Guid.TryParse(recordId, out _))
        {
            errors["recordId"] = ["Enter the id of the record the file is for"];
        }

        return errors;
    }
}
