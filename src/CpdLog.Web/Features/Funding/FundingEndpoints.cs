namespace CpdLog.Web.Features.Funding;

using System.Security.Claims;
using System.Text.Json;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Authorization;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

/// <summary>/api/v1/funding-requests, /api/v1/budgets and /api/v1/agreements.</summary>
public static class FundingEndpoints
{
    public static void MapFundingApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/funding-requests").WithTags("Funding requests");
        requests.MapGet("/", async (ClaimsPrincipal user, CpdLogDbContext db) =>
        {
            var mine = await db.FundingRequests.Include(r => r.History).Where(r => r.RequesterId == user.UserId()).ToListAsync();
            return TypedResults.Ok(mine.OrderByDescending(r => r.StartDate).Select(FundingRequestDto.From).ToList());
        });
        requests.MapGet("/queue", async (ClaimsPrincipal user, FundingQueries queries) =>
            TypedResults.Ok((await queries.QueueAsync(user)).Select(q => FundingRequestDto.From(q.Request)).ToList()))
            .RequireAuthorization(Policies.LineManager);
        requests.MapGet("/{id:guid}", async Task<Results<Ok<FundingRequestDto>, NotFound>> (Guid id, ClaimsPrincipal user, FundingService funding) =>
        {
            var request = await funding.LoadAsync(id);
            return request is not null && (await funding.AccessAsync(user, request)).CanView
                ? TypedResults.Ok(FundingRequestDto.From(request))
                : TypedResults.NotFound();
        });
        requests.MapPost("/", async Task<Results<Created<FundingRequestDto>, ValidationProblem>> (FundingRequestInput input, ClaimsPrincipal user, FundingService funding) =>
        {
            var (request, result) = await funding.CreateAsync(user, input.ToDetails(funding.Options));
            return request is null
                ? TypedResults.ValidationProblem(Errors(result.Refusal!))
                : TypedResults.Created($"/api/v1/funding-requests/{request.Id}", FundingRequestDto.From(request));
        });
        requests.MapPut("/{id:guid}", (Guid id, FundingRequestInput input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.UpdateDraftAsync(user, id, input.ToDetails(funding.Options))));
        requests.MapPost("/{id:guid}/submit", (Guid id, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.SubmitAsync(user, id)));
        requests.MapPost("/{id:guid}/approve", (Guid id, ApprovalInput? input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.ApproveAsync(user, id, input ?? new ApprovalInput())));
        requests.MapPost("/{id:guid}/reject", (Guid id, DecisionInput input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.RejectAsync(user, id, input.Comment ?? "")));
        requests.MapPost("/{id:guid}/return", (Guid id, DecisionInput input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.ReturnAsync(user, id, input.Comment ?? "")));
        requests.MapPost("/{id:guid}/withdraw", (Guid id, DecisionInput? input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.WithdrawAsync(user, id, input?.Comment ?? "")));
        requests.MapPost("/{id:guid}/complete", (Guid id, CompleteInput input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.CompleteAsync(user, id, input.CompletedOn, input.ActualHours, input.ActualCost, input.Reflection ?? "", null)));

        var budgets = api.MapGroup("/budgets").WithTags("Budgets").RequireAuthorization(Policies.LineManager);
        budgets.MapGet("/", async (string? year, CpdLogDbContext db, FundingService funding) =>
        {
            var fy = FinancialYear.TryParse(year, out var y) ? y : funding.CurrentYear;
            var rows = await db.Budgets.Where(b => b.FinancialYearStart == fy.StartYear).OrderBy(b => b.CostCentre).ToListAsync();
            var list = new List<BudgetDto>();
            foreach (var b in rows)
            {
                list.Add(BudgetDto.From(await funding.BudgetPositionAsync(b.CostCentre, fy)));
            }

            return TypedResults.Ok(list);
        });
        budgets.MapPut("/", async Task<Results<Ok<BudgetDto>, ValidationProblem>> (BudgetInput input, ClaimsPrincipal user, FundingAdminService admin) =>
        {
            var (position, result) = await admin.SetBudgetAsync(user.UserId(), input.CostCentre, input.FinancialYear, input.Allocated, input.Reason);
            return position is null ? TypedResults.ValidationProblem(Errors(result.Refusal!)) : TypedResults.Ok(BudgetDto.From(position));
        }).RequireAuthorization(p => p.RequireRole(Roles.BudgetHolder, Roles.Admin));

        var agreements = api.MapGroup("/agreements").WithTags("Learning agreements");
        agreements.MapGet("/templates", async (CpdLogDbContext db) =>
            TypedResults.Ok((await db.AgreementTemplates.OrderBy(t => t.Name).ThenBy(t => t.Version).ToListAsync()).Select(AgreementTemplateDto.From).ToList()));
        agreements.MapPost("/templates", async Task<Results<Created<AgreementTemplateDto>, ValidationProblem>> (AgreementTemplateInput input, ClaimsPrincipal user, FundingAdminService admin) =>
        {
            var (template, result) = await admin.SaveTemplateAsync(user.UserId(), null, input);
            return template is null ? TypedResults.ValidationProblem(Errors(result.Refusal!)) : TypedResults.Created($"/api/v1/agreements/templates/{template.Id}", AgreementTemplateDto.From(template));
        }).RequireAuthorization(Policies.Admin);
        agreements.MapPut("/templates/{familyId:guid}", async Task<Results<Ok<AgreementTemplateDto>, ValidationProblem, NotFound>> (Guid familyId, AgreementTemplateInput input, ClaimsPrincipal user, FundingAdminService admin) =>
        {
            var (template, result) = await admin.SaveTemplateAsync(user.UserId(), familyId, input);
            return template is not null ? TypedResults.Ok(AgreementTemplateDto.From(template))
                : result.Refusal is null ? TypedResults.NotFound() : TypedResults.ValidationProblem(Errors(result.Refusal));
        }).RequireAuthorization(Policies.Admin);
        agreements.MapGet("/", async (ClaimsPrincipal user, CpdLogDbContext db) =>
            TypedResults.Ok((await db.AgreementAcceptances.Where(a => a.AcceptedById == user.UserId()).ToListAsync()).Select(AcceptanceDto.From).ToList()));
        agreements.MapPost("/", async Task<IResult> (AcceptInput input, ClaimsPrincipal user, FundingService funding) =>
        {
            var (acceptance, outcome) = await funding.AcceptAgreementAsync(user, input.FundingRequestId);
            return acceptance is not null
                ? TypedResults.Created($"/api/v1/agreements/{acceptance.Id}", AcceptanceDto.From(acceptance))
                : ToProblem(outcome);
        });
        agreements.MapGet("/{id:guid}/repayable", async Task<Results<Ok<RepayableDto>, NotFound, ValidationProblem>> (
            Guid id, DateOnly? leavingDate, LeavingReason? reason, ClaimsPrincipal user, CpdLogDbContext db, FundingService funding) =>
        {
            var acceptance = await db.AgreementAcceptances.SingleOrDefaultAsync(a => a.Id == id);
            if (acceptance is null || (acceptance.AcceptedById != user.UserId() && !user.IsInRole(Roles.Admin)))
            {
                return TypedResults.NotFound();
            }

            var date = leavingDate ?? funding.Today;
            var why = reason ?? LeavingReason.Resignation;
            var quote = await funding.RepayableAsync(acceptance, date, why);
            return TypedResults.Ok(new RepayableDto(id, date, why, quote!.Amount, quote.Fraction, quote.Triggered, quote.Waived, quote.Explanation));
        });
    }

    private static async Task<IResult> Respond(FundingService funding, Guid id, Task<FundingOutcome> operation)
    {
        var outcome = await operation;
        if (!outcome.Succeeded)
        {
            return ToProblem(outcome);
        }

        var request = await funding.LoadAsync(id);
        return TypedResults.Ok(FundingRequestDto.From(request!));
    }

    public static IResult ToProblem(FundingOutcome outcome) => outcome switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Result.Refusal: { Kind: RefusalKind.Invalid } r } => TypedResults.ValidationProblem(Errors(r)),
        { Result.Refusal: { Kind: RefusalKind.NotAllowed } r } => TypedResults.Problem(title: "Not allowed", detail: r.Message, statusCode: StatusCodes.Status403Forbidden),
        { Result.Refusal: { } r } => TypedResults.Problem(title: "Conflict", detail: r.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Ok(),
    };

    public static Dictionary<string, string[]> Errors(Refusal refusal) =>
        new() { [refusal.Field.Length == 0 ? "" : JsonNamingPolicy.CamelCase.ConvertName(refusal.Field)] = [refusal.Message] };
}
