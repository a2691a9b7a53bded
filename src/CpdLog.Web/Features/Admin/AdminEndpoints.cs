namespace CpdLog.Web.Features.Admin;

/// <summary>/api/v1/admin: accounts and custom bodies. Admins never reach anyone's records through these.</summary>
public static class AdminEndpoints
{
    public static void MapAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(Policies.Admin).WithTags("Admin");
        admin.MapGet("/users", ListUsers)
            .WithPaging()
            .WithSummary("Accounts with roles, line manager, cost centre and FTE, in name order; search: part of a name or e-mail address");
        admin.MapPost("/users", CreateUser).WithSummary("Create an account and e-mail the person a link to set their own password (works when sign-up is closed)");
        admin.MapGet("/users/{id}", GetUser).WithName("GetAdminUser");
        admin.MapPut("/users/{id}", UpdateUser)
            .WithSummary("Change roles, line manager, cost centre, FTE or disabled; null leaves a field as it is, \"\" clears line manager or cost centre");
        admin.MapGet("/bodies", async (CustomBodyAdministration bodies, CancellationToken ct) =>
            TypedResults.Ok((await bodies.ListAsync(ct)).Select(CustomBodyDto.From).ToList()))
            .WithPaging()
            .WithSummary("Custom (Admin-defined) professional bodies");
        admin.MapPost("/bodies", CreateBody).WithSummary("Define a professional body the catalogue lacks");
        admin.MapGet("/body-templates", () => TypedResults.Ok(BodyTemplates.All))
            .WithPaging()
            .WithSummary("Templates for bodies that publish no CPD amount (IHM, FEDIP, BCS, AphA, ILM)");
        admin.MapPost("/body-templates/{key}/adopt", AdoptTemplate).WithSummary("Adopt a template as a custom body in one step");
        admin.MapGet("/cost-centre-holders", async (CostCentreHoldings holdings, CancellationToken ct) => TypedResults.Ok(await holdings.ListAsync(ct)))
            .WithPaging()
            .WithSummary("Which budget holder holds which cost centre");
        admin.MapPost("/cost-centre-holders", async Task<Results<Created<CostCentreHolding>, ValidationProblem>> (
                HoldCostCentreRequest request, ClaimsPrincipal user, CostCentreHoldings holdings, CancellationToken ct) =>
            {
                var result = await holdings.AssignAsync(user.UserId(), request, ct);
                return result.Succeeded
                    ? TypedResults.Created($"/api/v1/admin/cost-centre-holders/{result.Holding!.Id}", result.Holding)
                    : TypedResults.ValidationProblem(result.Errors);
            })
            .WithSummary("A budget holder (userId, with the BudgetHolder role, not yourself) holds a cost centre: sees its requests, sets its budgets, makes its second approvals");
        admin.MapDelete("/cost-centre-holders/{id:guid}", async Task<Results<NoContent, NotFound, ValidationProblem>> (
                Guid id, ClaimsPrincipal user, CostCentreHoldings holdings, CancellationToken ct) =>
            {
                var result = await holdings.RemoveAsync(user.UserId(), id, ct);
                return result is null ? TypedResults.NotFound() : result.Succeeded ? TypedResults.NoContent() : TypedResults.ValidationProblem(result.Errors);
            })
            .WithSummary("Release a cost centre from a budget holder (never your own)");
        admin.MapGet("/audit", async Task<IResult> (string? format, HttpContext http, AdminAuditLog audit, CancellationToken ct) =>
            {
                if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
                {
                    var lines = await audit.ListAsync(int.MaxValue, ct);
                    return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(AdminAuditLog.Csv(lines)), "text/csv", "admin-audit.csv");
                }

                var page = await audit.PageAsync(http.RequestedPage(), forPage: false, ct);
                return TypedResults.Ok<List<AdminAuditDto>>(page.Select(l => new AdminAuditDto(l.Entry.At, l.Entry.ActorId, l.Actor, l.Entry.Kind, l.Entry.Subject, l.Subject, l.Entry.Before, l.Entry.After)));
            })
            .Produces<List<AdminAuditDto>>()
            .WithPaging()
            .WithSummary("The append-only admin audit, newest first (format=csv for a spreadsheet: every entry, not paged)");
        admin.MapPut("/bodies/{id:guid}", UpdateBody).WithSummary("Change a custom body's rules: a new rule version for cycles ending on or after effectiveFrom (default today); earlier cycles keep theirs");
    }

    private static async Task<Results<Ok<PagedList<AdminUser>>, ValidationProblem>> ListUsers(
        UserAdministration users, HttpContext http, string? search, CancellationToken ct) =>
        search is { Length: > PeopleSearch.MaxLength }
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["search"] = [$"Search words must be {PeopleSearch.MaxLength} characters or fewer"] })
            : TypedResults.Ok(await users.ListAsync(search, http.RequestedPage(), clampToLast: false, ct));

    private static async Task<Results<Ok<AdminUser>, NotFound>> GetUser(string id, UserAdministration users, CancellationToken ct) =>
        await users.FindAsync(id, ct) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound();

    private static async Task<Results<CreatedAtRoute<AdminUser>, ValidationProblem>> CreateUser(
        CreateUserRequest request, UserAdministration users, CancellationToken ct)
    {
        var result = await users.CreateAsync(request, ct);
        return result.Succeeded
            ? TypedResults.CreatedAtRoute(result.User!, "GetAdminUser", new { id = result.User!.Id })
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<AdminUser>, ValidationProblem, NotFound>> UpdateUser(
        string id, UpdateUserRequest request, ClaimsPrincipal admin, UserAdministration users, CancellationToken ct)
    {
        var result = await users.UpdateAsync(admin.UserId(), id, request, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(result.User!) : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Created<CustomBodyDto>, ValidationProblem>> CreateBody(
        CustomBodyRequest request, CustomBodyAdministration bodies, CancellationToken ct)
    {
        var result = await bodies.CreateAsync(request, ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/admin/bodies/{result.Body!.Id}", CustomBodyDto.From(result.Body))
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Created<CustomBodyDto>, ValidationProblem, NotFound>> AdoptTemplate(
        string key, CustomBodyAdministration bodies, CancellationToken ct)
    {
        var result = await bodies.AdoptTemplateAsync(key, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded
            ? TypedResults.Created($"/api/v1/admin/bodies/{result.Body!.Id}", CustomBodyDto.From(result.Body))
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<CustomBodyDto>, ValidationProblem, NotFound>> UpdateBody(
        Guid id, CustomBodyRequest request, CustomBodyAdministration bodies, CancellationToken ct)
    {
        var result = await bodies.UpdateAsync(id, request, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(CustomBodyDto.From(result.Body!)) : TypedResults.ValidationProblem(result.Errors);
    }
}
