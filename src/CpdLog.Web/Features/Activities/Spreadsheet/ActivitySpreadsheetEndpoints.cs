namespace CpdLog.Web.Features.Activities.Spreadsheet;

using CpdLog.Web.Api;
using CpdLog.Web.Features.Evidence;

/// <summary>
/// The CPD log as a spreadsheet: <c>GET /api/v1/activities/export.csv</c>, <c>GET /api/v1/activities/import-template.csv</c>
/// and <c>POST /api/v1/activities/import?dryRun=true|false</c> (multipart, field <c>file</c>). Only the caller's own
/// live activities are read or written.
/// </summary>
public static class ActivitySpreadsheetEndpoints
{
    public static RouteGroupBuilder MapActivitySpreadsheetApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/" + RecordTypes.Activities.Slug).WithTags(RecordTypes.Activities.ApiName);

        group.MapGet("/export.csv", Export)
            .WithName("ExportActivitiesCsv")
            .WithSummary("Your CPD log as a CSV spreadsheet (UTF-8 with BOM, UK dates, formula-like cells neutralised)")
            .WithDescription("Every live activity (not those in the bin), in the CPD log's order, with the NMC CPD log's columns and the app's own. " +
                "A cell starting with =, +, -, @, tab or CR is prefixed with a single quote so a spreadsheet never runs it as a formula.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapGet("/import-template.csv", () => TypedResults.File(ActivityCsvWriter.Template(), ActivityCsvWriter.ContentType, "cpd-log-import-template.csv"))
            .WithName("ActivitiesCsvTemplate")
            .WithSummary("The CSV template for importing activities: the heading row only")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapPost("/import", Import)
            .WithName("ImportActivitiesCsv")
            .WithSummary("Import activities from a CSV file (dryRun=true checks every row and saves nothing)")
            .WithDescription("Multipart form with one field \"file\": the template's or the export's columns, UTF-8, UK dates. A dry run (the default) " +
                "returns every row's errors by row number (the heading row is 1) and field, and the number of activities it would import. " +
                "dryRun=false saves every row in one transaction, or nothing when any row has an error (400 with the same report). " +
                "A row equal to one of your activities (and with its reference, when the row has one) is skipped, so re-importing an export adds nothing.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            // The framework's check would refuse bearer-token clients, who have no token to send; cookie callers must send it.
            .DisableAntiforgery()
            .AddEndpointFilter<CookieAntiforgeryFilter>();
        return group;
    }

    private static async Task<FileContentHttpResult> Export(CpdLogDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var ownerId = user.UserId();
        var activities = await RecordTypes.Activities.Owned(db, ownerId).AsNoTracking().ToListAsync(ct);
        var files = await db.EvidenceFiles.OwnedBy(ownerId).Where(f => f.RecordKind == RecordKind.Activity).AsNoTracking().ToListAsync(ct);
        var name = $"cpd-log-{clock.UkToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return TypedResults.File(ActivityCsvWriter.Write(activities, new ActivityCsvEvidence(files)), ActivityCsvWriter.ContentType, name);
    }

    private static async Task<Results<Ok<ActivityImportReport>, ValidationProblem, ProblemHttpResult>> Import(
        [FromQuery] string? dryRun, IFormFile? file, ActivityImporter importer, UploadRateLimit uploads, ClaimsPrincipal user, CancellationToken ct)
    {
        var checkOnly = true;
        if (dryRun is not null && !bool.TryParse(dryRun, out checkOnly))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["dryRun"] = ["Enter dryRun=true to check the file without saving anything, or dryRun=false to import it"],
            });
        }

        if (importer.UploadProblem(file) is { } problem)
        {
            return FileProblem(problem);
        }

        var ownerId = user.UserId();
        if (!uploads.TryAcquire(ownerId))
        {
            return UploadRateLimit.TooManyProblem();
        }

        var outcome = await importer.RunAsync(ownerId, await ActivityImporter.ReadAsync(file!, ct), checkOnly, ct);
        if (outcome.Report is not { } report)
        {
            return FileProblem(outcome.Problem!);
        }

        if (report.Errors.Count > 0 && !report.DryRun)
        {
            var errors = report.Errors
                .GroupBy(e => e.Field.Length == 0 ? $"row{e.Row}" : $"row{e.Row}.{e.Field}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.ValidationProblem(errors, detail: report.Message, title: "Nothing was imported",
                extensions: new Dictionary<string, object?> { ["report"] = report });
        }

        return TypedResults.Ok(report);
    }

    private static ValidationProblem FileProblem(string message)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, detail: message, title: "The file cannot be imported");
}
