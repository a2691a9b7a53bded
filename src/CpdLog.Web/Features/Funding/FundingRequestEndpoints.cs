namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Api;

/// <summary><c>/api/v1/funding-requests</c>: a requester's drafts and their workflow, and approvers' decisions.</summary>
public static class FundingRequestEndpoints
{
    public static void MapFundingRequestsApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/funding-requests").WithTags("Funding requests");
        requests.MapGet("/", ListMine).WithPaging().WithName("ListFundingRequests").WithSummary("Your own funding requests, newest study first");
        requests.MapGet("/queue", ListQueue)
            .RequireAuthorization(Policies.LineManager)
            .WithPaging()
            .WithName("FundingQueue").WithSummary("Requests waiting for your decision: your reports' (and, in a delegation window, your delegator's reports') submitted requests, and second approvals for budget holders")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        requests.MapGet("/{id:guid}", Get).WithName("GetFundingRequest").WithSummary("One request: yours, or one you may decide (404 for anyone else)");
        requests.MapPost("/", Create).WithName("CreateFundingRequest")
            .WithSummary("Start a draft request for funding and/or study leave (leave in hours or days); every field error is reported at once");
        requests.MapPut("/{id:guid}", Update)
            .WithName("UpdateFundingRequest").WithSummary("Change your draft or returned request (every field is replaced)").ProducesRefusals();
        requests.MapPost("/{id:guid}/submit", Submit)
            .WithName("SubmitFundingRequest").WithSummary("Send your request to your line manager").ProducesRefusals();
        requests.MapPost("/{id:guid}/approve", Approve)
            .WithName("ApproveFundingRequest")
            .WithSummary("Approve at the current stage (line manager or their delegate in the window, then a budget holder above the threshold or over budget); 404 for people who may not see the request, 403 for those who may see it but not decide at this stage")
            .ProducesRefusals();
        requests.MapPost("/{id:guid}/allow-retrospective", AllowRetrospective)
            .WithName("AllowRetrospectiveFundingRequest")
            .WithSummary("As the approver at the current stage, allow a request for study that has already started, so its learning agreement can still be accepted")
            .ProducesRefusals();
        requests.MapPost("/{id:guid}/cost-decision", DecideCost)
            .WithName("DecideFundingCost")
            .WithSummary("For study completed at a higher cost than approved: the approver accepts the actual cost (accept=true; over budget only a budget holder of the cost centre, with budgetOverrideReason) or refuses it with a reason (comment), so the approved amount is spent")
            .ProducesRefusals();
        requests.MapPost("/{id:guid}/reject", Reject)
            .WithName("RejectFundingRequest").WithSummary("Reject the request, with a reason (comment)").ProducesRefusals();
        requests.MapPost("/{id:guid}/return", Return)
            .WithName("ReturnFundingRequest").WithSummary("Return the request to the requester for changes, saying what needs to change (comment)").ProducesRefusals();
        requests.MapPost("/{id:guid}/withdraw", Withdraw)
            .WithName("WithdrawFundingRequest").WithSummary("Withdraw your request (an approved study's planned activity goes to the bin)").ProducesRefusals();
        requests.MapPost("/{id:guid}/complete", Complete)
            .Accepts<CompleteInput>("application/json", "multipart/form-data")
            .WithName("CompleteFundingRequest")
            .WithSummary("Record that your approved study is completed; its planned CPD activity becomes completed with these hours. "
                         + "An actualCost above the approved amount needs costReason and goes back to the approver (status AwaitingCostApproval). "
                         + "Send JSON, or multipart/form-data with the same fields (completedOn yyyy-MM-dd, actualHours, actualCost, costReason, reflection) "
                         + "plus an optional file part 'certificate' (PDF, PNG, JPEG, DOCX, XLSX or text, type checked from the content): it is "
                         + "attached as evidence to the completed activity, with its SHA-256 (see GET /api/v1/evidence?recordKind=Activity&recordId={activityId})")
            .DisableAntiforgery()
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesRefusals()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<Ok<List<FundingRequestDto>>> ListMine(ClaimsPrincipal user, CpdLogDbContext db, CancellationToken ct)
    {
        var userId = user.UserId();
        var mine = await db.FundingRequests.Include(r => r.History).Where(r => r.RequesterId == userId).ToListAsync(ct);
        return TypedResults.Ok(mine.OrderByDescending(r => r.StartDate).ThenBy(r => r.Id).Select(FundingRequestDto.From).ToList());
    }

    private static async Task<Ok<List<FundingRequestDto>>> ListQueue(ClaimsPrincipal user, FundingQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.QueueAsync(user, ct)).Select(q => FundingRequestDto.From(q.Request)).ToList());

    private static async Task<Results<Ok<FundingRequestDto>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, FundingService funding, FundingAccess access, CancellationToken ct)
    {
        var request = await funding.LoadAsync(id, ct);
        return request is not null && (await access.AccessAsync(user, request, ct)).CanView
            ? TypedResults.Ok(FundingRequestDto.From(request))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Created<FundingRequestDto>, ValidationProblem>> Create(
        FundingRequestInput input, ClaimsPrincipal user, FundingService funding, CancellationToken ct)
    {
        var (request, result) = await funding.CreateAsync(user, input, ct);
        return request is null
            ? FundingProblems.ToValidationProblem(result.Refusal!)
            : TypedResults.Created($"/api/v1/funding-requests/{request.Id}", FundingRequestDto.From(request));
    }

    private static Task<IResult> Update(Guid id, FundingRequestInput input, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.UpdateDraftAsync(user, id, input, ct), ct);

    private static Task<IResult> Submit(Guid id, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.SubmitAsync(user, id, ct), ct);

    private static Task<IResult> Approve(Guid id, ApprovalInput? input, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.ApproveAsync(user, id, input ?? new ApprovalInput(), ct), ct);

    private static Task<IResult> AllowRetrospective(Guid id, DecisionInput? input, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.AllowRetrospectiveAsync(user, id, input?.Comment, ct), ct);

    private static Task<IResult> DecideCost(Guid id, CostDecisionInput input, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.DecideCostAsync(user, id, input, ct), ct);

    private static Task<IResult> Reject(Guid id, DecisionInput input, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.RejectAsync(user, id, input.Comment ?? "", ct), ct);

    private static Task<IResult> Return(Guid id, DecisionInput input, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.ReturnAsync(user, id, input.Comment ?? "", ct), ct);

    private static Task<IResult> Withdraw(Guid id, DecisionInput? input, ClaimsPrincipal user, FundingService funding, CancellationToken ct) =>
        RespondAsync(funding, id, funding.WithdrawAsync(user, id, input?.Comment ?? "", ct), ct);

    private static async Task<IResult> Complete(Guid id, HttpRequest http, ClaimsPrincipal user, FundingService funding, CancellationToken ct)
    {
        var (input, certificate, problem) = await CompletionReader.ReadAsync(http, ct);
        return input is null ? problem! : await RespondAsync(funding, id, funding.CompleteAsync(user, id, input, certificate, ct), ct);
    }

    /// <summary>The request as it now stands, or the refusal as problem details.</summary>
    private static async Task<IResult> RespondAsync(FundingService funding, Guid id, Task<FundingOutcome> operation, CancellationToken ct)
    {
        var outcome = await operation;
        if (!outcome.Succeeded)
        {
            return FundingProblems.ToProblem(outcome);
        }

        var request = await funding.LoadAsync(id, ct);
        return TypedResults.Ok(FundingRequestDto.From(request!));
    }
}
