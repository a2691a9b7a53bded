namespace CpdLog.Web.Features.Funding;

using System.Security.Claims;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Evidence;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>The outcome of a funding operation: not found (404), or the domain result (success or a refusal).</summary>
public sealed record FundingOutcome(Result Result, bool NotFound = false)
{
    public static readonly FundingOutcome Missing = new(Result.Ok, NotFound: true);

    public bool Succeeded => !NotFound && Result.Succeeded;
}

/// <summary>What one person may do with one request.</summary>
public sealed record RequestAccess(bool CanView, bool IsRequester, ApproverAuthority Authority)
{
    public bool CanDecide(FundingRequest r) => !IsRequester && r.Status switch
    {
        FundingStatus.Submitted => Authority.HasAny(ApproverAuthority.LineManager | ApproverAuthority.Delegate),
        FundingStatus.AwaitingBudgetHolder => Authority.HasAny(ApproverAuthority.BudgetHolder) && r.FirstApproverId != null,
        FundingStatus.AwaitingCostApproval => r.CostNeedsBudgetHolder
            ? Authority.HasAny(ApproverAuthority.BudgetHolder)
            : Authority.HasAny(ApproverAuthority.LineManager | ApproverAuthority.Delegate | ApproverAuthority.BudgetHolder),
        _ => false,
    };
}

/// <summary>
/// The funding workflow shared by the pages and the API: loads the request, works out who may act, calls the
/// aggregate, and saves the transition, the audit entries and the linked CPD activity in one unit of work.
/// </summary>
public sealed class FundingService(
    CpdLogDbContext db,
    TimeProvider clock,
    IOptions<FundingOptions> options,
    IFileStore files,
    EvidenceService evidence,
    FundingNotifier notifier)
{
    public FundingOptions Options => options.Value;

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => clock.UkToday();

    public FinancialYear CurrentYear => FinancialYear.Containing(Today);

    public Task<FundingRequest?> LoadAsync(Guid id) =>
        db.FundingRequests.Include(r => r.History).SingleOrDefaultAsync(r => r.Id == id);

    /// <summary>
    /// Whether this person may see the request (the one visibility filter, <see cref="FundingVisibility"/>) and their
    /// authority over it: line manager or delegate of the requester, budget holder of the request's cost centre.
    /// </summary>
    public async Task<RequestAccess> AccessAsync(ClaimsPrincipal user, FundingRequest request)
    {
        var actorId = user.UserId();
        if (actorId == request.RequesterId)
        {
            return new RequestAccess(true, true, ApproverAuthority.None);
        }

        if (!await db.FundingRequests.Where(r => r.Id == request.Id).VisibleTo(db, user, Today).AnyAsync())
        {
            return new RequestAccess(false, false, ApproverAuthority.None);
        }

        var lineManagerId = user.IsInRole(Roles.LineManager)
            ? await db.Users.Where(u => u.Id == request.RequesterId).Select(u => u.LineManagerId).SingleOrDefaultAsync()
            : null;
        var delegations = lineManagerId is null
            ? []
            : await db.ApprovalDelegations.Where(d => d.DelegateId == actorId && d.LineManagerId == lineManagerId).ToListAsync();
        var holdsCostCentre = await HoldsAsync(user, request.CostCentre);
        var authority = DecisionAuthority.For(actorId, request.RequesterId, lineManagerId, holdsCostCentre, delegations, Today);
        return new RequestAccess(true, false, authority);
    }

    /// <summary>Whether this person is a budget holder holding this cost centre.</summary>
    public async Task<bool> HoldsAsync(ClaimsPrincipal user, string? costCentre)
    {
        var code = CostCentreHolder.Normalise(costCentre);
        var actorId = user.UserId();
        return code.Length > 0 && user.IsInRole(Roles.BudgetHolder)
            && await db.CostCentreHolders.AnyAsync(h => h.UserId == actorId && h.CostCentre == code);
    }

    public async Task<(FundingRequest? Request, Result Result)> CreateAsync(ClaimsPrincipal user, FundingRequestDetails details)
    {
        var userId = user.UserId();
        var goal = await CheckGoalAsync(userId, details.PdpGoalId);
        if (!goal.Succeeded)
        {
            return (null, goal);
        }

        var (request, result) = FundingRequest.Create(userId, details, Now, Options.Limits);
        if (request is null)
        {
            return (null, result);
        }

        db.FundingRequests.Add(request);
        await db.SaveChangesAsync();
        return (request, result);
    }

    public Task<FundingOutcome> UpdateDraftAsync(ClaimsPrincipal user, Guid id, FundingRequestDetails details) =>
        ActAsRequesterAsync(user, id, async r =>
        {
            var goal = await CheckGoalAsync(user.UserId(), details.PdpGoalId);
            return goal.Succeeded ? r.UpdateDraft(user.UserId(), details, Now, Options.Limits) : goal;
        });

    public async Task<FundingOutcome> SubmitAsync(ClaimsPrincipal user, Guid id)
    {
        var costCentre = await db.Users.Where(u => u.Id == user.UserId()).Select(u => u.CostCentre).SingleOrDefaultAsync() ?? "";
        var outcome = await ActAsRequesterAsync(user, id, r => Task.FromResult(r.Submit(user.UserId(), costCentre, Now)));
        if (outcome.Succeeded)
        {
            await notifier.SubmittedAsync(id);
        }

        return outcome;
    }

    public Task<FundingOutcome> WithdrawAsync(ClaimsPrincipal user, Guid id, string comment) =>
        ActAsRequesterAsync(user, id, async r =>
        {
            var wasApproved = r.Status == FundingStatus.InProgress;
            var result = r.Withdraw(user.UserId(), comment, Now);
            if (result.Succeeded)
            {
                Audit(user.UserId(), "Withdrawn", r, wasApproved ? r.ApprovedAmount : null, comment);

                // The study will not happen: its planned CPD activity goes to the bin (restorable), so the log
                // does not keep a plan nobody is following.
                if (r.ActivityId is { } activityId)
                {
                    var planned = await db.Activities.OwnedBy(r.RequesterId)
                        .SingleOrDefaultAsync(a => a.Id == activityId && a.Status == ActivityStatus.Planned);
                    planned?.MoveToBin(Now);
                }
            }

            return result;
        });

    /// <summary>Accepts the learning agreement that applies to the request now (recorded with version and amounts).</summary>
    public async Task<(AgreementAcceptance? Acceptance, FundingOutcome Outcome)> AcceptAgreementAsync(ClaimsPrincipal user, Guid id)
    {
        AgreementAcceptance? acceptance = null;
        var outcome = await ActAsRequesterAsync(user, id, async r =>
        {
            var template = await RequiredTemplateAsync(r);
            if (template is null)
            {
                return Result.Conflict("This request does not need a learning agreement.");
            }

            var result = r.RecordAgreementAccepted(user.UserId(), Now, Today, $"{template.Name} v{template.Version}");
            if (result.Succeeded)
            {
                acceptance = AgreementAcceptance.Accept(r, template, user.UserId(), Now);
                db.AgreementAcceptances.Add(acceptance);
                Audit(user.UserId(), "AgreementAccepted", r, r.TotalRequested, $"{template.Name} v{template.Version}: {acceptance.ScheduleText}");
            }

            return result;
        });
        return (acceptance, outcome);
    }

    public Task<FundingOutcome> ApproveAsync(ClaimsPrincipal user, Guid id, ApprovalInput input) =>
        DecideAsync(user, id, async (r, ctx) =>
        {
            var wasFirstStage = r.Status == FundingStatus.Submitted;
            var template = await RequiredTemplateAsync(r);
            var accepted = template is not null && await CurrentAcceptanceAsync(r) is not null;
            var budget = r.TotalRequested > 0 || r.ApprovedAmount > 0 ? await BudgetPositionAsync(r.CostCentre, r.Year) : null;
            var result = r.Approve(ctx, input, new ApprovalFacts(Options.SecondApprovalThreshold, budget, template is not null, accepted, Options.Limits));
            if (!result.Succeeded)
            {
                return result;
            }

            Audit(ctx.ActorId, wasFirstStage && r.Status == FundingStatus.AwaitingBudgetHolder ? "ApprovedByLineManager" : "Approved", r, r.ApprovedAmount,
                Join(input.Comment, input.AmountReason is { Length: > 0 } ? "Amount: " + input.AmountReason : null, result.Note));
            if (r.Status == FundingStatus.InProgress)
            {
                if (r.BudgetOverrideReason.Length > 0)
                {
                    Audit(ctx.ActorId, "BudgetOverride", r, r.ApprovedAmount, r.BudgetOverrideReason);
                }

                var row = await db.Budgets.SingleOrDefaultAsync(b => b.CostCentre == r.CostCentre && b.FinancialYearStart == r.FinancialYearStart);
                row?.Touch(Now);
                AddPlannedActivity(r);
            }

            return result;
        });

    public Task<FundingOutcome> RejectAsync(ClaimsPrincipal user, Guid id, string comment) =>
        SendBackAsync(user, id, comment, "Rejected", (r, ctx) => r.Reject(ctx, comment));

    public Task<FundingOutcome> ReturnAsync(ClaimsPrincipal user, Guid id, string comment) =>
        SendBackAsync(user, id, comment, "Returned", (r, ctx) => r.Return(ctx, comment));

    /// <summary>
    /// Completes the study: the linked activity becomes Completed (so its hours count), with the reflection and, when
    /// given, the certificate. The certificate goes through the evidence checks (type judged from the content, size,
    /// SHA-256) and is attached as evidence to the completed activity in the same unit of work; the request keeps its
    /// storage key. Shared by the Complete page and <c>POST /api/v1/funding-requests/{id}/complete</c>.
    /// </summary>
    public async Task<FundingOutcome> CompleteAsync(
        ClaimsPrincipal user, Guid id, DateOnly completedOn, decimal actualHours, decimal? actualCost, string reflection,
        IFormFile? certificate, CancellationToken ct = default, string? costReason = null)
    {
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

            var result = r.Complete(userId, completedOn, actualHours, actualCost, costReason, reflection, Now, Today,
                new CompletionFacts(Options.Limits, Options.SecondApprovalThreshold));
            if (!result.Succeeded)
            {
                return result;
            }

            var activity = r.ActivityId is { } aid ? await db.Activities.OwnedBy(userId).SingleOrDefaultAsync(a => a.Id == aid, ct) : null;
            if (activity is null)
            {
                activity = NewActivity(r);
                db.Activities.Add(activity);
                r.ActivityId = activity.Id;
            }

            activity.Status = ActivityStatus.Completed;
            activity.EndDate = completedOn;
            activity.Hours = actualHours;
            activity.ParticipatoryHours = Math.Min(activity.ParticipatoryHours, actualHours);
            activity.LearningOutcomes = r.Reflection;
            activity.UpdatedAt = Now;
            db.Reflections.Add(new ReflectiveAccount
            {
                OwnerId = userId,
                Title = "Reflection: " + r.Title,
                Date = completedOn,
                Nature = $"{r.Title} ({r.Provider}), funded by the employer",
                Learning = r.Reflection,
                ActivityId = activity.Id,
                IsPrivate = true,
                CreatedAt = Now,
                UpdatedAt = Now,
            });

            if (file is not null)
            {
                attached = await evidence.StageAsync(userId, RecordKind.Activity, activity.Id, file, ct);
                r.AttachCertificate(attached.StorageKey, attached.FileName);
            }

            Audit(userId, r.Status == FundingStatus.AwaitingCostApproval ? "CostIncreaseRequested" : "Completed", r, r.SpentAmount ?? r.ClaimedAmount,
                $"{actualHours} CPD hours" + (r.Status == FundingStatus.AwaitingCostApproval ? $"; actual cost {FundingRequest.Money(r.ClaimedAmount!.Value)}: {r.CostReason}" : "")
                + (attached is null ? "" : $"; certificate {attached.FileName} (SHA-256 {attached.Sha256})"));
            return result;
        });

        if (outcome.Succeeded && outcome.Result.Note is not null)
        {
            await notifier.DecidedAsync(id);
        }

        if (!outcome.Succeeded && attached is not null)
        {
            // The save failed: no row points at the stored bytes.
            await files.DeleteAsync(attached.StorageKey, CancellationToken.None);
        }

        return outcome;
    }

    /// <summary>The field a certificate refusal is reported on (the page's file input and the API's multipart part).</summary>
    public const string CertificateField = "certificate";

    /// <summary>An approver allows a request for study that has already started (so its agreement can still be accepted).</summary>
    public Task<FundingOutcome> AllowRetrospectiveAsync(ClaimsPrincipal user, Guid id, string? comment) =>
        DecideAsync(user, id, (r, ctx) =>
        {
            var result = r.AllowRetrospective(ctx, comment);
            if (result.Succeeded)
            {
                Audit(ctx.ActorId, "RetrospectiveAllowed", r, null, comment);
            }

            return Task.FromResult(result);
        }, notifier.RetrospectiveAllowedAsync);

    /// <summary>The approver decides on an actual cost above the approved amount (accept, or refuse with a reason).</summary>
    public Task<FundingOutcome> DecideCostAsync(ClaimsPrincipal user, Guid id, bool accept, string? comment, string? budgetOverrideReason) =>
        DecideAsync(user, id, async (r, ctx) =>
        {
            var budget = await BudgetPositionAsync(r.CostCentre, r.Year);
            var result = r.DecideCost(ctx, accept, comment, budget, budgetOverrideReason);
            if (result.Succeeded)
            {
                Audit(ctx.ActorId, accept ? "CostIncreaseApproved" : "CostIncreaseRefused", r, r.SpentAmount, Join(comment, budgetOverrideReason));
                var row = await db.Budgets.SingleOrDefaultAsync(b => b.CostCentre == r.CostCentre && b.FinancialYearStart == r.FinancialYearStart);
                row?.Touch(Now);
            }

            return result;
        });

    public async Task<BudgetPosition> BudgetPositionAsync(string costCentre, FinancialYear year)
    {
        var allocated = await db.Budgets.Where(b => b.CostCentre == costCentre && b.FinancialYearStart == year.StartYear)
            .Select(b => (decimal?)b.Allocated).SingleOrDefaultAsync() ?? 0m;
        var requests = await db.FundingRequests
            .Where(r => r.CostCentre == costCentre && r.FinancialYearStart == year.StartYear
                        && (r.Status == FundingStatus.InProgress || r.Status == FundingStatus.Completed || r.Status == FundingStatus.AwaitingCostApproval))
            .ToListAsync();
        return BudgetPosition.Calculate(costCentre, year, allocated, requests);
    }

    public async Task<StudyLeaveBalance> LeaveBalanceAsync(string userId, FinancialYear year)
    {
        var fte = await db.Users.Where(u => u.Id == userId).Select(u => u.Fte).SingleOrDefaultAsync();
        var requests = await db.FundingRequests
            .Where(r => r.RequesterId == userId && r.FinancialYearStart == year.StartYear
                        && (r.Status == FundingStatus.InProgress || r.Status == FundingStatus.Completed || r.Status == FundingStatus.AwaitingCostApproval))
            .ToListAsync();
        return Options.Allowance.Balance(fte, year, Today, requests);
    }

    public async Task<AgreementTemplate?> RequiredTemplateAsync(FundingRequest request) =>
        AgreementTemplate.Required(await db.AgreementTemplates.Where(t => t.IsCurrent).ToListAsync(), request);

    public async Task<AgreementAcceptance?> CurrentAcceptanceAsync(FundingRequest request)
    {
        var acceptances = await db.AgreementAcceptances.Where(a => a.FundingRequestId == request.Id).ToListAsync();
        return acceptances.OrderByDescending(a => a.AcceptedAt).FirstOrDefault(a => a.Covers(request));
    }

    /// <summary>"If you left today": the amount repayable under one acceptance for a leaving date and reason.</summary>
    public async Task<RepaymentQuote?> RepayableAsync(AgreementAcceptance acceptance, DateOnly leavingDate, LeavingReason reason)
    {
        var template = await db.AgreementTemplates.SingleAsync(t => t.Id == acceptance.TemplateId);
        var request = await db.FundingRequests.SingleAsync(r => r.Id == acceptance.FundingRequestId);
        if (request.Status is not (FundingStatus.InProgress or FundingStatus.Completed or FundingStatus.Withdrawn) || request.ApprovedAmount is null)
        {
            return new RepaymentQuote(0, 0, false, false, "Nothing to repay: the request was not approved.");
        }

        return RepaymentCalculator.Calculate(template, acceptance.CostBasis(request), request.CompletedOn, leavingDate, reason);
    }

    public void Audit(string actorId, string kind, FundingRequest? request, decimal? amount, string? detail, string? costCentre = null) =>
        db.FundingAudit.Add(new FundingAuditEntry
        {
            At = Now,
            ActorId = actorId,
            Kind = kind,
            FundingRequestId = request?.Id,
            CostCentre = costCentre ?? request?.CostCentre,
            Amount = amount,
            Detail = (detail ?? "").Trim(),
        });

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private async Task<Result> CheckGoalAsync(string userId, Guid? goalId) =>
        goalId is null || await db.PdpGoals.OwnedBy(userId).AnyAsync(g => g.Id == goalId)
            ? Result.Ok
            : Result.Invalid(nameof(FundingRequestDetails.PdpGoalId), "Choose one of your development goals");

    private async Task<FundingOutcome> ActAsRequesterAsync(ClaimsPrincipal user, Guid id, Func<FundingRequest, Task<Result>> act)
    {
        var request = await LoadAsync(id);
        if (request is null || request.RequesterId != user.UserId())
        {
            return FundingOutcome.Missing;
        }

        var known = request.History.Count;
        var result = await act(request);
        return result.Succeeded ? await SaveAsync(request, known, result) : new FundingOutcome(result);
    }

    /// <summary>An approver's decision: checks access, applies it, saves, and sends the notifications once it is saved.</summary>
    private async Task<FundingOutcome> DecideAsync(
        ClaimsPrincipal user, Guid id, Func<FundingRequest, DecisionContext, Task<Result>> act, Func<Guid, Task>? notify = null)
    {
        var request = await LoadAsync(id);
        if (request is null)
        {
            return FundingOutcome.Missing;
        }

        var access = await AccessAsync(user, request);
        if (!access.CanView)
        {
            return FundingOutcome.Missing;
        }

        var known = request.History.Count;
        var result = await act(request, new DecisionContext(user.UserId(), access.Authority, Now, Today));
        var outcome = result.Succeeded ? await SaveAsync(request, known, result) : new FundingOutcome(result);
        if (outcome.Succeeded)
        {
            await (notify ?? notifier.DecidedAsync)(id);
        }

        return outcome;
    }

    /// <summary>Rejecting and returning differ only in the transition and the audit entry's name.</summary>
    private Task<FundingOutcome> SendBackAsync(
        ClaimsPrincipal user, Guid id, string comment, string auditKind, Func<FundingRequest, DecisionContext, Result> decide) =>
        DecideAsync(user, id, (r, ctx) =>
        {
            var result = decide(r, ctx);
            if (result.Succeeded)
            {
                Audit(ctx.ActorId, auditKind, r, null, comment);
            }

            return Task.FromResult(result);
        });

    private async Task<FundingOutcome> SaveAsync(FundingRequest request, int known, Result result)
    {
        // New history entries carry client-generated keys: add them explicitly so EF inserts rather than updates them.
        foreach (var decision in request.History.Skip(known))
        {
            db.FundingDecisions.Add(decision);
        }

        try
        {
            await db.SaveChangesAsync();
            return new FundingOutcome(result);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new FundingOutcome(Result.Conflict("Someone else changed this request (or its budget) at the same time. Reload it and try again."));
        }
    }

    private void AddPlannedActivity(FundingRequest r)
    {
        var activity = NewActivity(r);
        db.Activities.Add(activity);
        r.ActivityId = activity.Id;
    }

    private CpdActivity NewActivity(FundingRequest r) => new()
    {
        OwnerId = r.RequesterId,
        Title = r.Title,
        StartDate = r.StartDate,
        EndDate = r.EndDate,
        Hours = r.PlannedHours,
        Status = ActivityStatus.Planned,
        FundingRequestId = r.Id,
        Method = r.Mode switch
        {
            StudyMode.Online => CpdMethod.ELearning,
            StudyMode.Conference => CpdMethod.ConferenceOrSeminar,
            StudyMode.WorkBased => CpdMethod.Secondment,
            _ => r.AcademicCredits > 0 ? CpdMethod.FormalQualification : CpdMethod.CourseAttendance,
        },
        ActivityType = ActivityType.FormalEducational,
        Description = $"{r.Title} ({r.Provider}). {r.Justification}",
        RelevanceToPractice = r.ExpectedImpact,
        Tags = "funded",
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}
