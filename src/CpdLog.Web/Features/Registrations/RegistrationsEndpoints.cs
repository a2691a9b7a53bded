namespace CpdLog.Web.Features.Registrations;

/// <summary>/api/v1/bodies and /api/v1/registrations: the user's registrations and how each stands.</summary>
public static class RegistrationsEndpoints
{
    public static void MapRegistrationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/bodies", ListBodies).WithPaging().WithTags("Registrations").WithSummary("Supported professional bodies, their rule versions and options");

        var group = api.MapGroup("/registrations").WithTags("Registrations");
        group.MapGet("/", List).WithPaging().WithSummary("Your registrations");
        group.MapPost("/", Create).WithSummary("Add a registration");
        group.MapGet("/{id:guid}", Get).WithName("GetRegistration");
        group.MapPut("/{id:guid}", Update).WithSummary("Change a registration (every field is replaced)");
        group.MapDelete("/{id:guid}", Delete).WithSummary("Move a registration to the bin");
        group.MapGet("/{id:guid}/compliance", Compliance)
            .WithSummary("How the registration's current cycle stands; asOf (yyyy-MM-dd) defaults to today")
            .WithDescription(ComplianceDescription);
    }

    /// <summary>The OpenAPI description of the compliance endpoint: the status scale and the changed meaning of "not-met".</summary>
    public const string ComplianceDescription =
        "`status` (per registration and per requirement) takes one of: `met`, `on-track`, `at-risk`, `not-met`, `not-due`, " +
        "`warning` (an advisory requirement not met). Since issue 14 `not-met` means the deadline has passed unmet, or what is " +
        "left cannot be done in the time left (24 hours a day for hours); before, it meant \"not met yet\". A requirement not " +
        "yet met is now `on-track` or `at-risk` by pace, or `not-due` while it cannot be done yet (the NMC confirmation " +
        "before the final 12 months). A registration takes the worst of its requirements: not-met > at-risk > on-track = " +
        "not-due > warning > met. `met` (boolean) is unchanged: every required item met. `projected` per requirement is the " +
        "value at its deadline at the current pace. The rule is in docs/requirement-codes.md (\"Status scale\").";

    public static BodyDto ToDto(BodyInfo body) => new(
        body.Code,
        body.Name,
        body.RuleSet.Version,
        body.Versions,
        body.RuleSet.AnchorLabel,
        body.RuleSet.Options.Select(o => new BodyOptionDto(o.Key, o.Label, o.Choices, o.Default, o.Hint, o.Format.ToString().ToLowerInvariant())).ToList(),
        body.IsCustom);

    public static ComplianceDto ToDto(ProfessionalRegistration registration, string bodyName, ComplianceResult result, DateOnly asOf) => new(
        registration.Id,
        result.Body,
        bodyName,
        result.RuleVersion,
        asOf,
        result.Cycle.Start,
        result.Cycle.End,
        result.Cycle.Deadline,
        result.Cycle.DaysLeft(asOf),
        result.Met,
        StatusScale.Of(result, asOf).Code(),
        result.Requirements.Select(r => new RequirementDto(
            r.Code,
            r.Title,
            r.Required,
            r.Achieved,
            r.Unit,
            r.Met,
            r.Severity == RequirementSeverity.Advisory ? "advisory" : "required",
            StatusScale.Of(r, result.Cycle, asOf).Code(),
            r.NextStep,
            r.Source) { Projected = StatusScale.Projected(r, result.Cycle, asOf) }).ToList())
    {
        Gaps = result.Gaps.Select(g => new GapDto(g.From, g.To, g.WholeMonths, g.Explained,
            g.Explanations.Select(e => new GapExplanationRefDto(e.Id, e.From, e.To, e.Reason, e.Details)).ToList())).ToList(),
    };

    private static async Task<Ok<List<BodyDto>>> ListBodies(BodyDirectory bodies, CancellationToken ct) =>
        TypedResults.Ok((await bodies.AllAsync(ct)).Select(ToDto).ToList());

    private static async Task<Ok<List<RegistrationDto>>> List(ClaimsPrincipal user, CpdLogDbContext db, BodyDirectory bodies, CancellationToken ct)
    {
        var registrations = await db.Registrations.OwnedBy(user.UserId()).AsNoTracking().ToListAsync(ct);
        var custom = await bodies.CustomForAsync(registrations, ct);
        return TypedResults.Ok(registrations.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => ToDto(r, custom)).ToList());
    }

    private static async Task<Results<Ok<RegistrationDto>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, CpdLogDbContext db, BodyDirectory bodies, CancellationToken ct)
    {
        var registration = await db.Registrations.OwnedBy(user.UserId()).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return registration is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(ToDto(registration, await bodies.CustomForAsync([registration], ct)));
    }

    private static async Task<Results<CreatedAtRoute<RegistrationDto>, ValidationProblem>> Create(
        RegistrationRequest request, ClaimsPrincipal user, RegistrationWriter writer, BodyDirectory bodies, CancellationToken ct)
    {
        var result = await writer.CreateAsync(user.UserId(), request, ct);
        if (!result.Succeeded)
        {
            return FieldErrorMapper.ToValidationProblem(result.Errors);
        }

        var dto = ToDto(result.Registration!, await bodies.CustomForAsync([result.Registration!], ct));
        return TypedResults.CreatedAtRoute(dto, "GetRegistration", new { id = dto.Id });
    }

    private static async Task<Results<Ok<RegistrationDto>, ValidationProblem, NotFound>> Update(
        Guid id, RegistrationRequest request, ClaimsPrincipal user, RegistrationWriter writer, BodyDirectory bodies, CancellationToken ct)
    {
        var result = await writer.UpdateAsync(user.UserId(), id, request, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded
            ? TypedResults.Ok(ToDto(result.Registration!, await bodies.CustomForAsync([result.Registration!], ct)))
            : FieldErrorMapper.ToValidationProblem(result.Errors);
    }

    private static async Task<Results<NoContent, NotFound>> Delete(Guid id, ClaimsPrincipal user, RegistrationWriter writer, CancellationToken ct) =>
        await writer.MoveToBinAsync(user.UserId(), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<ComplianceDto>, ValidationProblem, NotFound, ProblemHttpResult>> Compliance(
        Guid id, string? asOf, ClaimsPrincipal user, ComplianceService compliance, CancellationToken ct)
    {
        var date = compliance.Today();
        if (!string.IsNullOrWhiteSpace(asOf) &&
            !DateOnly.TryParseExact(asOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = ["asOf must be a date like 2026-11-23"] });
        }

        var status = await compliance.ForRegistrationAsync(user.UserId(), id, date, ct);
        if (status is null)
        {
            return TypedResults.NotFound();
        }

        if (status.Result is null)
        {
            return TypedResults.Problem(
                title: "The rules for this body are not available",
                detail: $"No rule set is defined for \"{status.Registration.BodyCode}\". Ask an administrator.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(ToDto(status.Registration, status.BodyName, status.Result, date) with
        {
            Corrections = status.Corrections.Select(c => new CorrectionDto(
                c.Now.Code, c.Corrections.Max(x => x.CorrectedOn), c.Corrections.Select(x => x.What).ToList(),
                StatusScale.Of(c.Before, status.Result.Cycle, date).Code(), c.Before.Required, c.Before.Achieved,
                StatusScale.Of(c.Now, status.Result.Cycle, date).Code())).ToList(),
        });
    }

    private static RegistrationDto ToDto(ProfessionalRegistration r, IReadOnlyDictionary<Guid, CustomBodyDefinition> custom) => new(
        r.Id, r.BodyCode, BodyDirectory.NameOf(r, custom), r.RegistrationNumber, r.AnchorDate, r.Options, r.RuleVersion, r.CreatedAt, r.UpdatedAt);
}
