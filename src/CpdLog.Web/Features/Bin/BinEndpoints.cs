namespace CpdLog.Web.Features.Bin;

/// <summary><c>/api/v1/bin</c>: everything the user has deleted, and restore.</summary>
public static class BinEndpoints
{
    public static RouteGroupBuilder MapBinApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/bin").WithTags("Bin");

        group.MapGet("/", async Task<Ok<List<BinItem>>> (CpdLogDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await BinContents.ListAsync(db, user.UserId(), ct)))
            .WithPaging()
            .WithName("ListBin")
            .WithSummary("Your deleted records of every kind, most recently deleted first");

        group.MapPost("/{kind}/{id:guid}/restore", async Task<Results<NoContent, NotFound>> (
                string kind, Guid id, CpdLogDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            RecordTypes.BySlug(kind) is { } type && await type.RestoreAsync(db, user.UserId(), id, clock.GetUtcNow(), ct)
                ? TypedResults.NoContent()
                : TypedResults.NotFound())
            .WithName("RestoreFromBin")
            .WithSummary("Take a record out of the bin. kind: " + string.Join(", ", RecordTypes.All.Select(t => t.Slug)));

        return group;
    }
}
