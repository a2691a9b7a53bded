namespace CpdLog.Web.Features.Funding;

/// <summary><c>/api/v1/agreements</c>: learning agreement templates (admins), accepting one, and what would be repayable.</summary>
public static class AgreementEndpoints
{
    public static void MapAgreementsApi(this RouteGroupBuilder api)
    {
        var agreements = api.MapGroup("/agreements").WithTags("Learning agreements");
        agreements.MapGet("/templates", ListTemplates).WithPaging()
            .WithName("ListAgreementTemplates").WithSummary("Learning agreement templates, every version");
        agreements.MapPost("/templates", CreateTemplate).RequireAuthorization(Policies.Admin)
            .WithName("CreateAgreementTemplate").WithSummary("Create a learning agreement template (admins)").ProducesProblem(StatusCodes.Status403Forbidden);
        agreements.MapPut("/templates/{familyId:guid}", UpdateTemplate).RequireAuthorization(Policies.Admin)
            .WithName("UpdateAgreementTemplate").WithSummary("Change a template: creates its next version; accepted agreements keep theirs (admins)").ProducesProblem(StatusCodes.Status403Forbidden);
        agreements.MapGet("/", ListAccepted).WithPaging()
            .WithName("ListAgreements").WithSummary("Learning agreements you accepted");
        agreements.MapPost("/", Accept).WithName("AcceptAgreement")
            .WithSummary("Accept the learning agreement that applies to your request (fundingRequestId), before the course starts; after the start date "
                         + "it is refused (409) unless your approver allowed a retrospective request (POST /api/v1/funding-requests/{id}/allow-retrospective)")
            .Produces<AcceptanceDto>(StatusCodes.Status201Created)
            .ProducesRefusals();
        agreements.MapGet("/{id:guid}/repayable", Repayable).WithName("AgreementRepayable")
            .WithSummary("If you left on leavingDate for reason: what would be repayable under this agreement (yours, or any for admins)");
    }

    private static async Task<Ok<List<AgreementTemplateDto>>> ListTemplates(CpdLogDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.AgreementTemplates.OrderBy(t => t.Name).ThenBy(t => t.Version).ToListAsync(ct)).Select(AgreementTemplateDto.From).ToList());

    private static async Task<Results<Created<AgreementTemplateDto>, ValidationProblem>> CreateTemplate(
        AgreementTemplateInput input, ClaimsPrincipal user, FundingAdminService admin, CancellationToken ct)
    {
        var (template, result) = await admin.SaveTemplateAsync(user.UserId(), null, input, ct);
        return template is null
            ? FundingProblems.ToValidationProblem(result.Refusal!)
            : TypedResults.Created($"/api/v1/agreements/templates/{template.Id}", AgreementTemplateDto.From(template));
    }

    private static async Task<Results<Ok<AgreementTemplateDto>, ValidationProblem, NotFound>> UpdateTemplate(
        Guid familyId, AgreementTemplateInput input, ClaimsPrincipal user, FundingAdminService admin, CancellationToken ct)
    {
        var (template, result) = await admin.SaveTemplateAsync(user.UserId(), familyId, input, ct);
        return template is not null ? TypedResults.Ok(AgreementTemplateDto.From(template))
            : result.Refusal is null ? TypedResults.NotFound() : FundingProblems.ToValidationProblem(result.Refusal);
    }

    private static async Task<Ok<List<AcceptanceDto>>> ListAccepted(ClaimsPrincipal user, CpdLogDbContext db, CancellationToken ct)
    {
        var userId = user.UserId();
        return TypedResults.Ok((await db.AgreementAcceptances.Where(a => a.AcceptedById == userId).ToListAsync(ct)).Select(AcceptanceDto.From).ToList());
    }

    private static async Task<IResult> Accept(AcceptInput input, ClaimsPrincipal user, FundingService funding, CancellationToken ct)
    {
        var (acceptance, outcome) = await funding.AcceptAgreementAsync(user, input.FundingRequestId, ct);
        return acceptance is not null
            ? TypedResults.Created($"/api/v1/agreements/{acceptance.Id}", AcceptanceDto.From(acceptance))
            : FundingProblems.ToProblem(outcome);
    }

    private static async Task<Results<Ok<RepayableDto>, NotFound, ValidationProblem>> Repayable(
        Guid id, DateOnly? leavingDate, LeavingReason? reason, ClaimsPrincipal user, CpdLogDbContext db, FundingCalendar calendar,
        FundingAgreements agreements, CancellationToken ct)
    {
        var acceptance = await db.AgreementAcceptances.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (acceptance is null || (acceptance.AcceptedById != user.UserId() && !user.IsInRole(Roles.Admin)))
        {
            return TypedResults.NotFound();
        }

        var date = leavingDate ?? calendar.Today;
        var why = reason ?? LeavingReason.Resignation;
        var quote = await agreements.RepayableAsync(acceptance, date, why, ct);
        return TypedResults.Ok(new RepayableDto(id, date, why, quote.Amount, quote.Fraction, quote.Triggered, quote.Waived, quote.Explanation));
    }
}
