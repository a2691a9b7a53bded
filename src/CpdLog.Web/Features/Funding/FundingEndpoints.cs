namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Api.Paging;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Team;
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
            return TypedResults.Ok(mine.OrderByDescending(r => r.StartDate).ThenBy(r => r.Id).Select(FundingRequestDto.From).ToList());
        }).WithPaging().WithName("ListFundingRequests").WithSummary("Your own funding requests, newest study first");
        requests.MapGet("/queue", async (ClaimsPrincipal user, FundingQueries queries) =>
            TypedResults.Ok((await queries.QueueAsync(user)).Select(q => FundingRequestDto.From(q.Request)).ToList()))
            .RequireAuthorization(Policies.LineManager)
            .WithPaging()
            .WithName("FundingQueue").WithSummary("Requests waiting for your decision: your reports' (and, in a delegation window, your delegator's reports') submitted requests, and second approvals for budget holders")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        requests.MapGet("/{id:guid}", async Task<Results<Ok<FundingRequestDto>, NotFound>> (Guid id, ClaimsPrincipal user, FundingService funding) =>
        {
            var request = await funding.LoadAsync(id);
            return request is not null && (await funding.AccessAsync(user, request)).CanView
                ? TypedResults.Ok(FundingRequestDto.From(request))
                : TypedResults.NotFound();
        }).WithName("GetFundingRequest").WithSummary("One request: yours, or one you may decide (404 for anyone else)");
        requests.MapPost("/", async Task<Results<Created<FundingRequestDto>, ValidationProblem>> (FundingRequestInput input, ClaimsPrincipal user, FundingService funding) =>
        {
            if (input.EdgeErrors() is { Count: > 0 } edge)
            {
                return TypedResults.ValidationProblem(edge);
            }

            var (request, result) = await funding.CreateAsync(user, input.ToDetails(funding.Options));
            return request is null
                ? TypedResults.ValidationProblem(Errors(result.Refusal!))
                : TypedResults.Created($"/api/v1/funding-requests/{request.Id}", FundingRequestDto.From(request));
        }).WithName("CreateFundingRequest").WithSummary("Start a draft request for funding and/or study leave (leave in hours or days)");
        requests.MapPut("/{id:guid}", async (Guid id, FundingRequestInput input, ClaimsPrincipal user, FundingService funding) =>
            input.EdgeErrors() is { Count: > 0 } edge
                ? (IResult)TypedResults.ValidationProblem(edge)
                : await Respond(funding, id, funding.UpdateDraftAsync(user, id, input.ToDetails(funding.Options))))
            .WithName("UpdateFundingRequest").WithSummary("Change your draft or returned request (every field is replaced)").ProducesRefusals();
        requests.MapPost("/{id:guid}/submit", (Guid id, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.SubmitAsync(user, id)))
            .WithName("SubmitFundingRequest").WithSummary("Send your request to your line manager").ProducesRefusals();
        requests.MapPost("/{id:guid}/approve", (Guid id, ApprovalInput? input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.ApproveAsync(user, id, input ?? new ApprovalInput())))
            .WithName("ApproveFundingRequest")
            .WithSummary("Approve at the current stage (line manager or their delegate in the window, then a budget holder above the threshold or over budget); 404 for people who may not see the request, 403 for those who may see it but not decide at this stage")
            .ProducesRefusals();
        requests.MapPost("/{id:guid}/allow-retrospective", (Guid id, DecisionInput? input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.AllowRetrospectiveAsync(user, id, input?.Comment)))
            .WithName("AllowRetrospectiveFundingRequest")
            .WithSummary("As the approver at the current stage, allow a request for study that has already started, so its learning agreement can still be accepted")
            .ProducesRefusals();
        requests.MapPost("/{id:guid}/cost-decision", (Guid id, CostDecisionInput input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.DecideCostAsync(user, id, input.Accept, input.Comment, input.BudgetOverrideReason)))
            .WithName("DecideFundingCost")
            .WithSummary("For study completed at a higher cost than approved: the approver accepts the actual cost (accept=true; over budget only a budget holder of the cost centre, with budgetOverrideReason) or refuses it with a reason (comment), so the approved amount is spent")
            .ProducesRefusals();
        requests.MapPost("/{id:guid}/reject", (Guid id, DecisionInput input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.RejectAsync(user, id, input.Comment ?? "")))
            .WithName("RejectFundingRequest").WithSummary("Reject the request, with a reason (comment)").ProducesRefusals();
        requests.MapPost("/{id:guid}/return", (Guid id, DecisionInput input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.ReturnAsync(user, id, input.Comment ?? "")))
            .WithName("ReturnFundingRequest").WithSummary("Return the request to the requester for changes, saying what needs to change (comment)").ProducesRefusals();
        requests.MapPost("/{id:guid}/withdraw", (Guid id, DecisionInput? input, ClaimsPrincipal user, FundingService funding) =>
            Respond(funding, id, funding.WithdrawAsync(user, id, input?.Comment ?? "")))
            .WithName("WithdrawFundingRequest").WithSummary("Withdraw your request (an approved study's planned activity goes to the bin)").ProducesRefusals();
        requests.MapPost("/{id:guid}/complete", async (Guid id, HttpRequest http, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
            {
                var (input, certificate, problem) = await ReadCompletionAsync(http, ct);
                return input is null
                    ? problem!
                    : await Respond(funding, id, funding.CompleteAsync(user, id, input.CompletedOn, input.ActualHours, input.ActualCost, input.Reflection ?? "", certificate, ct, input.CostReason));
            })
            .Accepts<CompleteInput>("application/json", "multipart/form-data")
            .WithName("CompleteFundingRequest")
            .WithSummary("Record that your approved study is completed; its planned CPD activity becomes completed with these hours. "
                         + "An actualCost above the approved amount needs costReason and goes back to the approver (status AwaitingCostApproval). "
                         + "Send JSON, or multipart/form-data with the same fields (completedOn yyyy-MM-dd, actualHours, actualCost, costReason, reflection) "
                         + "plus an optional file part 'certificate' (PDF, PNG, JPEG, DOCX, XLSX or text, type checked from the content): it is "
                         + "attached as evidence to the completed activity, with its SHA-256 (see GET /api/v1/evidence?recordKind=Activity&recordId={activityId})")
            .DisableAntiforgery()
            .AddEndpointFilter<CpdLog.Web.Api.CookieAntiforgeryFilter>()
            .ProducesRefusals()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapTeamApi();

        var budgets = api.MapGroup("/budgets").WithTags("Budgets").RequireAuthorization(Policies.LineManager);
        budgets.MapGet("/", async Task<Results<Ok<List<BudgetDto>>, ValidationProblem>> (string? year, CpdLogDbContext db, FundingService funding) =>
        {
            var fy = funding.CurrentYear;
            if (!string.IsNullOrWhiteSpace(year) && !FinancialYear.TryParse(year, out fy))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["year"] = [$"'{year}' is not a financial year. Use the NHS year it starts in, like 2026/27 (1 April 2026 to 31 March 2027)."],
                });
            }

            var rows = await db.Budgets.Where(b => b.FinancialYearStart == fy.StartYear).OrderBy(b => b.CostCentre).ToListAsync();
            var list = new List<BudgetDto>();
            foreach (var b in rows)
            {
                list.Add(BudgetDto.From(await funding.BudgetPositionAsync(b.CostCentre, fy)));
            }

            return TypedResults.Ok(list);
        }).WithPaging().WithName("ListBudgets").WithSummary("Every cost centre's budget for a financial year (year=2026/27, default the current one): allocated, committed, spent, remaining");
        budgets.MapPut("/", async Task<Results<Ok<BudgetDto>, ValidationProblem>> (BudgetInput input, ClaimsPrincipal user, FundingAdminService admin) =>
        {
            var (position, result) = await admin.SetBudgetAsync(user, input.CostCentre, input.FinancialYear, input.Allocated, input.Reason);
            return position is null ? TypedResults.ValidationProblem(Errors(result.Refusal!)) : TypedResults.Ok(BudgetDto.From(position));
        }).RequireAuthorization(p => p.RequireRole(Roles.BudgetHolder, Roles.Admin))
            .WithName("SetBudget").WithSummary("Set a cost centre's allocation for a year, with a reason (budget holders and admins)")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var agreements = api.MapGroup("/agreements").WithTags("Learning agreements");
        agreements.MapGet("/templates", async (CpdLogDbContext db) =>
            TypedResults.Ok((await db.AgreementTemplates.OrderBy(t => t.Name).ThenBy(t => t.Version).ToListAsync()).Select(AgreementTemplateDto.From).ToList()))
            .WithPaging()
            .WithName("ListAgreementTemplates").WithSummary("Learning agreement templates, every version");
        agreements.MapPost("/templates", async Task<Results<Created<AgreementTemplateDto>, ValidationProblem>> (AgreementTemplateInput input, ClaimsPrincipal user, FundingAdminService admin) =>
        {
            var (template, result) = await admin.SaveTemplateAsync(user.UserId(), null, input);
            return template is null ? TypedResults.ValidationProblem(Errors(result.Refusal!)) : TypedResults.Created($"/api/v1/agreements/templates/{template.Id}", AgreementTemplateDto.From(template));
        }).RequireAuthorization(Policies.Admin)
            .WithName("CreateAgreementTemplate").WithSummary("Create a learning agreement template (admins)").ProducesProblem(StatusCodes.Status403Forbidden);
        agreements.MapPut("/templates/{familyId:guid}", async Task<Results<Ok<AgreementTemplateDto>, ValidationProblem, NotFound>> (Guid familyId, AgreementTemplateInput input, ClaimsPrincipal user, FundingAdminService admin) =>
        {
            var (template, result) = await admin.SaveTemplateAsync(user.UserId(), familyId, input);
            return template is not null ? TypedResults.Ok(AgreementTemplateDto.From(template))
                : result.Refusal is null ? TypedResults.NotFound() : TypedResults.ValidationProblem(Errors(result.Refusal));
        }).RequireAuthorization(Policies.Admin)
            .WithName("UpdateAgreementTemplate").WithSummary("Change a template: creates its next version; accepted agreements keep theirs (admins)").ProducesProblem(StatusCodes.Status403Forbidden);
        agreements.MapGet("/", async (ClaimsPrincipal user, CpdLogDbContext db) =>
            TypedResults.Ok((await db.AgreementAcceptances.Where(a => a.AcceptedById == user.UserId()).ToListAsync()).Select(AcceptanceDto.From).ToList()))
            .WithPaging()
            .WithName("ListAgreements").WithSummary("Learning agreements you accepted");
        agreements.MapPost("/", async Task<IResult> (AcceptInput input, ClaimsPrincipal user, FundingService funding) =>
        {
            var (acceptance, outcome) = await funding.AcceptAgreementAsync(user, input.FundingRequestId);
            return acceptance is not null
                ? TypedResults.Created($"/api/v1/agreements/{acceptance.Id}", AcceptanceDto.From(acceptance))
                : ToProblem(outcome);
        }).WithName("AcceptAgreement")
            .WithSummary("Accept the learning agreement that applies to your request (fundingRequestId), before the course starts; after the start date "
                         + "it is refused (409) unless your approver allowed a retrospective request (POST /api/v1/funding-requests/{id}/allow-retrospective)")
            .Produces<AcceptanceDto>(StatusCodes.Status201Created)
            .ProducesRefusals();
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
        }).WithName("AgreementRepayable").WithSummary("If you left on leavingDate for reason: what would be repayable under this agreement (yours, or any for admins)");
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

    /// <summary>Documents the refusals a funding operation can give: 400 field errors, 403, 404 and 409 as problem details.</summary>
    private static RouteHandlerBuilder ProducesRefusals(this RouteHandlerBuilder builder) => builder
        .Produces<FundingRequestDto>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The completion fields from JSON or from multipart/form-data (with an optional "certificate" file part).</summary>
    private static async Task<(CompleteInput? Input, IFormFile? Certificate, IResult? Problem)> ReadCompletionAsync(HttpRequest http, CancellationToken ct)
    {
        if (http.HasJsonContentType())
        {
            try
            {
                var json = await http.ReadFromJsonAsync<CompleteInput>(ct);
                return json is null
                    ? (null, null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send the completion details"] }))
                    : (json, null, null);
            }
            catch (JsonException)
            {
                return (null, null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["The request body is not valid JSON"] }));
            }
        }

        if (!http.HasFormContentType)
        {
            return (null, null, TypedResults.Problem(
                title: "Unsupported media type", detail: "Send application/json, or multipart/form-data to attach a certificate.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var form = await http.ReadFormAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var completedOn = default(DateOnly);
        if (!DateOnly.TryParseExact(form["completedOn"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out completedOn))
        {
            errors["completedOn"] = ["Enter the completion date as yyyy-MM-dd"];
        }

        decimal? Number(string field, string message)
        {
            var text = form[field].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors[field] = [message];
            return null;
        }

        var hours = Number("actualHours", "Enter the CPD hours as a number, for example 7.5");
        var cost = Number("actualCost", "Enter the actual cost in pounds and pence, for example 1450.00");
        if (errors.Count > 0)
        {
            return (null, null, TypedResults.ValidationProblem(errors));
        }

        var certificate = form.Files.GetFile(FundingService.CertificateField);
        return (new CompleteInput(completedOn, hours ?? 0, cost, form["reflection"].ToString(), form["costReason"].ToString()), certificate, null);
    }
}
