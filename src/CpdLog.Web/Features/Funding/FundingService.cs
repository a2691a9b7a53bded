namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Features.Evidence;

/// <summary>
/// The funding request workflow shared by the pages and the API: create, edit, submit, accept the agreement,
/// approve, reject or return, withdraw, complete, and the decisions on retrospective study and higher costs. It
/// loads the request, works out who may act (<see cref="FundingAccess"/>), calls the aggregate, and saves the
/// transition, the audit entries and the linked CPD activity in one unit of work. Budgets and leave are
/// <see cref="FundingBudgets"/>; agreements and repayment <see cref="FundingAgreements"/>.
/// </summary>
public sealed class FundingService(
    CpdLogDbContext db,
    FundingCalendar calendar,
    IOptions<FundingOptions> options,
    FundingAccess access,
    FundingBudgets budgets,
    FundingAgreements agreements,
    FundingAuditLog audit,
    FundingActivities activities,
    IFileStore files,
    EvidenceService evidence,
    FundingNotifier notifier)
{
    /// <summary>The field a certificate refusal is reported on (the page's file input and the API's multipart part).</summary>
    public const string CertificateField = "certificate";

    /// <summary>
    /// The token for the e-mails sent once a change is saved: none, so a client that goes away after the save does
    /// not stop the approver or requester hearing of it.
    /// </summary>
    private static readonly CancellationToken AfterSave = CancellationToken.None;

    public FundingOptions Options => options.Value;

    public DateTimeOffset Now => calendar.Now;

    public DateOnly Today => calendar.Today;

    public FinancialYear CurrentYear => calendar.CurrentYear;

    public Task<FundingRequest?> LoadAsync(Guid id, CancellationToken ct) =>
        db.FundingRequests.Include(r => r.History).SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>Every error of a draft at once: the days (API and page input only), the details, and the goal must be the user's.</summary>
    public async Task<(FundingRequestDetails Details, Result Check)> CheckAsync(string userId, FundingRequestInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var details = input.ToDetails(Options);
        List<FieldError> errors = [.. input.EdgeErrors(), .. FundingRequest.Validate(details, Options.Limits).Refusal?.Errors ?? []];
        if (details.PdpGoalId is { } goalId && !await db.PdpGoals.OwnedBy(userId).AnyAsync(g => g.Id == goalId, ct))
        {
            errors.Add(new FieldError("pdpGoalId", "Choose one of your development goals"));
        }

        return (details, Result.From(errors));
    }

    public async Task<(FundingRequest? Request, Result Result)> CreateAsync(ClaimsPrincipal user, FundingRequestInput input, CancellationToken ct)
    {
        var userId = user.UserId();
        var (details, check) = await CheckAsync(userId, input, ct);
        if (!check.Succeeded)
        {
            return (null, check);
        }

        var (request, result) = FundingRequest.Create(userId, details, Now, Options.Limits);
        if (request is null)
        {
            return (null, result);
        }

        db.FundingRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return (request, result);
    }

    public Task<FundingOutcome> UpdateDraftAsync(ClaimsPrincipal user, Guid id, FundingRequestInput input, CancellationToken ct) =>
        ActAsRequesterAsync(user, id, async r =>
        {
            var (details, check) = await CheckAsync(user.UserId(), input, ct);
            return check.Succeeded ? r.UpdateDraft(user.UserId(), details, Now, Options.Limits) : check;
        }, ct);

    public async Task<FundingOutcome> SubmitAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var costCentre = await db.Users.Where(u => u.Id == user.UserId()).Select(u => u.CostCentre).SingleOrDefaultAsync(ct) ?? "";
        var outcome = await ActAsRequesterAsync(user, id, r => Task.FromResult(r.Submit(user.UserId(), costCentre, Now)), ct);
        if (outcome.Succeeded)
        {
            await notifier.SubmittedAsync(id, AfterSave);
        }

        return outcome;
    }

    public Task<FundingOutcome> WithdrawAsync(ClaimsPrincipal user, Guid id, string comment, CancellationToken ct) =>
        ActAsRequesterAsync(user, id, async r =>
        {
            var wasApproved = r.Status == FundingStatus.InProgress;
            var result = r.Withdraw(user.UserId(), comment, Now);
            if (result.Succeeded)
            {
                audit.Add(user.UserId(), "Withdrawn", r, wasApproved ? r.ApprovedAmount : null, comment);
                await activities.BinPlannedAsync(r, ct);
            }

            return result;
        }, ct);

    /// <summary>Accepts the learning agreement that applies to the request now (recorded with version and amounts).</summary>
    public async Task<(AgreementAcceptance? Acceptance, FundingOutcome Outcome)> AcceptAgreementAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        AgreementAcceptance? acceptance = null;
        var outcome = await ActAsRequesterAsync(user, id, async r =>
        {
            var template = await agreements.RequiredTemplateAsync(r, ct);
            if (template is null)
            {
                return Result.Conflict("This request does not need a learning agreement.");
            }

            var result = r.RecordAgreementAccepted(user.UserId(), Now, Today, $"{template.Name} v{template.Version}");
            if (result.Succeeded)
            {
                acceptance = AgreementAcceptance.Accept(r, template, user.UserId(), Now);
                db.AgreementAcceptances.Add(acceptance);
                audit.Add(user.UserId(), "AgreementAccepted", r, r.TotalRequested, $"{template.Name} v{template.Version}: {acceptance.ScheduleText}");
            }

            return result;
        }, ct);
        return (acceptance, outcome);
    }

    public Task<FundingOutcome> ApproveAsync(ClaimsPrincipal user, Guid id, ApprovalInput input, CancellationToken ct) =>
        DecideAsync(user, id, async (r, decision) =>
        {
            var wasFirstStage = r.Status == FundingStatus.Submitted;
            var template = await agreements.RequiredTemplateAsync(r, ct);
            var accepted = template is not null && await agreements.CurrentAcceptanceAsync(r, ct) is not null;
            var budget = r.TotalRequested > 0 || r.ApprovedAmount > 0 ? await budgets.BudgetPositionAsync(r.CostCentre, r.Year, ct) : null;
            var result = r.Approve(decision, input, new ApprovalFacts(Options.SecondApprovalThreshold, budget, template is not null, accepted, Options.Limits));
            if (!result.Succeeded)
            {
                return result;
            }

            audit.Add(decision.ActorId, wasFirstStage && r.Status == FundingStatus.AwaitingBudgetHolder ? "ApprovedByLineManager" : "Approved", r, r.ApprovedAmount,
                Join(input.Comment, input.AmountReason is { Length: > 0 } ? "Amount: " + input.AmountReason : null, result.Note));
            if (r.Status == FundingStatus.InProgress)
            {
                if (r.BudgetOverrideReason.Length > 0)
                {
                    audit.Add(decision.ActorId, "BudgetOverride", r, r.ApprovedAmount, r.BudgetOverrideReason);
                }

                await budgets.TouchAsync(r, ct);
                activities.AddPlanned(r);
            }

            return result;
        }, ct);

    public Task<FundingOutcome> RejectAsync(ClaimsPrincipal user, Guid id, string comment, CancellationToken ct) =>
        SendBackAsync(user, id, comment, "Rejected", (r, decision) => r.Reject(decision, comment), ct);

    public Task<FundingOutcome> ReturnAsync(ClaimsPrincipal user, Guid id, string comment, CancellationToken ct) =>
        SendBackAsync(user, id, comment, "Returned", (r, decision) => r.Return(decision, comment), ct);

    /// <summary>
    /// Completes the study: the linked activity becomes Completed (so its hours count), with the reflection and, when
    /// given, the certificate. The certificate goes through the evidence checks (type judged from the content, size,
    /// SHA-256) and is attached as evidence to the completed activity in the same unit of work; the request keeps its
    /// storage key. Shared by the Complete page and <c>POST /api/v1/funding-requests/{id}/complete</c>.
    /// </summary>
    public async Task<FundingOutcome> CompleteAsync(ClaimsPrincipal user, Guid id, CompleteInput input, IFormFile? certificate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = user.UserId();
        EvidenceFile? attached = null;
        var outcome = await ActAsRequesterAsync(user, id, async r =>
        {
            CheckedFile? file = null;
            if (certificate is not null)
            {
                var (checkedFile, errors) = await evidence.CheckAsync(userId, certificate, ct);
                if (checkedFile is null)
                {
                    return Result.Invalid(CertificateField, errors[0].Message);
                }

                file = checkedFile;
            }

            var result = r.Complete(userId, input.CompletedOn, input.ActualHours, input.ActualCost, input.CostReason, input.Reflection ?? "", Now, Today,
                new CompletionFacts(Options.Limits, Options.SecondApprovalThreshold));
            if (!result.Succeeded)
            {
                return result;
            }

            var activity = await activities.CompleteAsync(r, input.CompletedOn, input.ActualHours, ct);
            if (file is not null)
            {
                attached = await evidence.StageAsync(userId, RecordKind.Activity, activity.Id, file, ct);
                r.AttachCertificate(attached.StorageKey, attached.FileName);
            }

            audit.Add(userId, r.Status == FundingStatus.AwaitingCostApproval ? "CostIncreaseRequested" : "Completed", r, r.SpentAmount ?? r.ClaimedAmount,
                $"{input.ActualHours} CPD hours" + (r.Status == FundingStatus.AwaitingCostApproval ? $"; actual cost {FundingRequest.Money(r.ClaimedAmount!.Value)}: {r.CostReason}" : "")
                + (attached is null ? "" : $"; certificate {attached.FileName} (SHA-256 {attached.Sha256})"));
            return result;
        }, ct);

        if (outcome.Succeeded && outcome.Result.Note is not null)
        {
            await notifier.DecidedAsync(id, AfterSave);
        }

        if (!outcome.Succeeded && attached is not null)
        {
            // The save failed: no row points at the stored bytes.
            await files.DeleteAsync(attached.StorageKey, CancellationToken.None);
        }

        return outcome;
    }

    /// <summary>An approver allows a request for study that has already started (so its agreement can still be accepted).</summary>
    public Task<FundingOutcome> AllowRetrospectiveAsync(ClaimsPrincipal user, Guid id, string? comment, CancellationToken ct) =>
        DecideAsync(user, id, (r, decision) =>
        {
            var result = r.AllowRetrospective(decision, comment);
            if (result.Succeeded)
            {
                audit.Add(decision.ActorId, "RetrospectiveAllowed", r, null, comment);
            }

            return Task.FromResult(result);
        }, ct, notifier.RetrospectiveAllowedAsync);

    /// <summary>The approver decides on an actual cost above the approved amount (accept, or refuse with a reason).</summary>
    public Task<FundingOutcome> DecideCostAsync(ClaimsPrincipal user, Guid id, CostDecisionInput input, CancellationToken ct) =>
        DecideAsync(user, id, async (r, decision) =>
        {
            var budget = await budgets.BudgetPositionAsync(r.CostCentre, r.Year, ct);
            var result = r.DecideCost(decision, input.Accept, input.Comment, budget, input.BudgetOverrideReason);
            if (result.Succeeded)
            {
                audit.Add(decision.ActorId, input.Accept ? "CostIncreaseApproved" : "CostIncreaseRefused", r, r.SpentAmount, Join(input.Comment, input.BudgetOverrideReason));
                await budgets.TouchAsync(r, ct);
            }

            return result;
        }, ct);

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private async Task<FundingOutcome> ActAsRequesterAsync(ClaimsPrincipal user, Guid id, Func<FundingRequest, Task<Result>> act, CancellationToken ct)
    {
        var request = await LoadAsync(id, ct);
        if (request is null || request.RequesterId != user.UserId())
        {
            return FundingOutcome.Missing;
        }

        var known = request.History.Count;
        var result = await act(request);
        return result.Succeeded ? await SaveAsync(request, known, result, ct) : new FundingOutcome(result);
    }

    /// <summary>An approver's decision: checks access, applies it, saves, and sends the notifications once it is saved.</summary>
    private async Task<FundingOutcome> DecideAsync(
        ClaimsPrincipal user, Guid id, Func<FundingRequest, DecisionContext, Task<Result>> act, CancellationToken ct,
        Func<Guid, CancellationToken, Task>? notify = null)
    {
        var request = await LoadAsync(id, ct);
        if (request is null)
        {
            return FundingOutcome.Missing;
        }

        var rights = await access.AccessAsync(user, request, ct);
        if (!rights.CanView)
        {
            return FundingOutcome.Missing;
        }

        var known = request.History.Count;
        var result = await act(request, new DecisionContext(user.UserId(), rights.Authority, Now, Today));
        var outcome = result.Succeeded ? await SaveAsync(request, known, result, ct) : new FundingOutcome(result);
        if (outcome.Succeeded)
        {
            await (notify ?? notifier.DecidedAsync)(id, AfterSave);
        }

        return outcome;
    }

    /// <summary>Rejecting and returning differ only in the transition and the audit entry's name.</summary>
    private Task<FundingOutcome> SendBackAsync(
        ClaimsPrincipal user, Guid id, string comment, string auditKind, Func<FundingRequest, DecisionContext, Result> decide, CancellationToken ct) =>
        DecideAsync(user, id, (r, decision) =>
        {
            var result = decide(r, decision);
            if (result.Succeeded)
            {
                audit.Add(decision.ActorId, auditKind, r, null, comment);
            }

            return Task.FromResult(result);
        }, ct);

    private async Task<FundingOutcome> SaveAsync(FundingRequest request, int known, Result result, CancellationToken ct)
    {
        // New history entries carry client-generated keys: add them explicitly so EF inserts rather than updates them.
        foreach (var decision in request.History.Skip(known))
        {
            db.FundingDecisions.Add(decision);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return new FundingOutcome(result);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new FundingOutcome(Result.Conflict("Someone else changed this request (or its budget) at the same time. Reload it and try again."));
        }
    }
}
