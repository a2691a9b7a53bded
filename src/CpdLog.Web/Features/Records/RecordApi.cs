namespace CpdLog.Web.Features.Records;

using System.Text.Json;
using AutoMapper;

/// <summary>
/// The JSON API of an owned record type: list, read, create, replace and delete (to the bin), always scoped to the
/// signed-in user. Another user's id is indistinguishable from one that does not exist (404).
/// </summary>
public static class RecordApi
{
    public static RouteGroupBuilder MapOwnedRecordApi<TEntity, TDto, TInput>(this RouteGroupBuilder api, CrudRecordType<TEntity, TDto, TInput> type)
        where TEntity : OwnedRecord, new()
        where TInput : RecordInput<TEntity>, new()
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(type);
        var group = api.MapGroup("/" + type.Slug).WithTags(type.ApiName);
        var lowerPlural = type.PluralName.ToLowerInvariant();
        var lowerName = type.Name.ToLowerInvariant();

        group.MapGet("/", async Task<Ok<List<TDto>>> (HttpContext http, CpdLogDbContext db, IMapper mapper, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var records = await type.Owned(db, user.UserId()).AsNoTracking().ToPagedListAsync(http.RequestedPage(), ct);
                return TypedResults.Ok<List<TDto>>(records.Select(mapper.Map<TDto>));
            })
            .WithPaging()
            .WithName($"List{type.ApiName}")
            .WithSummary($"Your {lowerPlural} (not those in the bin), {type.OrderDescription}");

        group.MapGet("/{id:guid}", async Task<Results<Ok<TDto>, NotFound>> (
                Guid id, CpdLogDbContext db, IMapper mapper, ClaimsPrincipal user, CancellationToken ct) =>
            await type.FindAsync(db, user.UserId(), id, ct) is { } record
                ? TypedResults.Ok(mapper.Map<TDto>(record))
                : TypedResults.NotFound())
            .WithName($"Get{type.ApiName}")
            .WithSummary($"One of your {lowerPlural}");

        group.MapPost("/", async Task<Results<Created<TDto>, ValidationProblem>> (
                HttpRequest request, CpdLogDbContext db, IMapper mapper, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var (input, unreadable) = await ReadInputAsync<TInput>(request, ct);
                if (input is null)
                {
                    return TypedResults.ValidationProblem(unreadable!);
                }

                var ownerId = user.UserId();
                var errors = await input.ValidateAllAsync(db, ownerId, clock.UkToday(), ct);
                if (errors.Count > 0)
                {
                    return FieldErrorMapper.ToValidationProblem(errors);
                }

                var now = clock.GetUtcNow();
                var record = new TEntity { OwnerId = ownerId, CreatedAt = now, UpdatedAt = now };
                input.ApplyTo(record);
                db.Add(record);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/{type.Slug}/{record.Id}", mapper.Map<TDto>(record));
            })
            .Accepts<TInput>("application/json")
            .WithName($"Create{type.ApiName}")
            .WithSummary($"Add a {lowerName}");

        group.MapPut("/{id:guid}", async Task<Results<Ok<TDto>, ValidationProblem, NotFound, ProblemHttpResult>> (
                Guid id, HttpRequest request, CpdLogDbContext db, IMapper mapper, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var ownerId = user.UserId();
                var record = await type.FindAsync(db, ownerId, id, ct);
                if (record is null)
                {
                    return TypedResults.NotFound();
                }

                if (SignedRecords.Refusal(record) is { } refused)
                {
                    return refused;
                }

                var (input, unreadable) = await ReadInputAsync<TInput>(request, ct);
                if (input is null)
                {
                    return TypedResults.ValidationProblem(unreadable!);
                }

                var errors = await input.ValidateAllAsync(db, ownerId, clock.UkToday(), ct);
                if (errors.Count > 0)
                {
                    return FieldErrorMapper.ToValidationProblem(errors);
                }

                input.ApplyTo(record);
                record.UpdatedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(mapper.Map<TDto>(record));
            })
            .Accepts<TInput>("application/json")
            .WithName($"Update{type.ApiName}")
            .WithSummary($"Replace a {lowerName}");

        group.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFound, ProblemHttpResult>> (
                Guid id, CpdLogDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var record = await type.FindAsync(db, user.UserId(), id, ct);
                if (record is null)
                {
                    return TypedResults.NotFound();
                }

                if (SignedRecords.Refusal(record) is { } refused)
                {
                    return refused;
                }

                record.MoveToBin(clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithName($"Delete{type.ApiName}")
            .WithSummary($"Move a {lowerName} to the bin (restore it with POST /api/v1/bin/{type.Slug}/{{id}}/restore)");

        return group;
    }

    /// <summary>
    /// Reads the JSON body. (Read here rather than bound as a <typeparamref name="TInput"/> handler parameter: the
    /// ASP.NET Core route-handler analyzer crashes on type-parameter parameters until .NET 11, dotnet/aspnetcore#56831.)
    /// A value of the wrong type becomes a message on that field.
    /// </summary>
    public static async Task<(TInput? Input, Dictionary<string, string[]>? Errors)> ReadInputAsync<TInput>(HttpRequest request, CancellationToken ct)
        where TInput : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, new() { [""] = ["Send the record as JSON (Content-Type: application/json)"] });
        }

        try
        {
            var input = await request.ReadFromJsonAsync<TInput>(ct);
            return input is null ? (null, new() { [""] = ["Send the record as a JSON object"] }) : (input, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path[2..].Split('[', '.')[0] : "";
            return (null, new() { [field] = [field.Length == 0 ? "The request body is not valid JSON" : "Enter a value of the right type, like 7.5 for hours or 2025-03-31 for a date"] });
        }
    }
}
