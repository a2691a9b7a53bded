namespace CpdLog.Core.Funding;

/// <summary>
/// A request for employer funding and/or study leave, and its approval lifecycle:
/// draft → submitted → (line manager) → [budget holder] → in progress → completed, or rejected / returned / withdrawn.
/// Every transition is a method that returns a <see cref="Result"/>; a refusal leaves the request unchanged.
/// </summary>
public sealed class FundingRequest
{
    private readonly List<FundingDecision> _history = [];

    public Guid Id { get; set; } = Guid.NewGuid();

    public string RequesterId { get; set; } = "";

    public string Title { get; private set; } = "";

    public string Provider { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public StudyMode Mode { get; private set; }

    public Guid? PdpGoalId { get; private set; }

    public decimal TuitionFee { get; private set; }

    public decimal ExamFee { get; private set; }

    public decimal TravelCost { get; private set; }

    public decimal OtherCost { get; private set; }

    public decimal StudyLeaveHours { get; private set; }

    public string StudyLeaveDates { get; private set; } = "";

    public decimal PlannedHours { get; private set; }

    public int AcademicCredits { get; private set; }

    public string Justification { get; private set; } = "";

    public string ExpectedImpact { get; private set; } = "";

    public FundingStatus Status { get; private set; } = FundingStatus.Draft;

    /// <summary>The requester's cost centre, fixed when submitted: the budget the money comes from.</summary>
    public string CostCentre { get; set; } = "";

    /// <summary>Start year of the financial year the study starts in (the budget year).</summary>
    public int FinancialYearStart { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public decimal? ApprovedLeaveHours { get; private set; }

    public string AmountReason { get; private set; } = "";

    public bool RetrospectiveAllowed { get; private set; }

    public string? FirstApproverId { get; private set; }

    public string? FinalApproverId { get; private set; }

    public string BudgetOverrideReason { get; private set; } = "";

    /// <summary>Actual cost recorded on completion (defaults to the approved amount).</summary>
    public decimal? SpentAmount { get; private set; }

    public decimal? ActualHours { get; private set; }

    /// <summary>An actual cost above the approved amount, waiting for the approver (<see cref="FundingStatus.AwaitingCostApproval"/>).</summary>
    public decimal? ClaimedAmount { get; private set; }

    /// <summary>Why the study cost more than approved.</summary>
    public string CostReason { get; private set; } = "";

    /// <summary>Whether the extra cost goes to a budget holder (it did, or the new total is above the threshold) or the line manager.</summary>
    public bool CostNeedsBudgetHolder { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string Reflection { get; private set; } = "";

    public string? CertificateKey { get; private set; }

    public string? CertificateFileName { get; private set; }

    /// <summary>The planned CPD activity created on approval.</summary>
    public Guid? ActivityId { get; set; }

    /// <summary>Since when the request has waited for a decision (for reminders).</summary>
    public DateTimeOffset? AwaitingSince { get; private set; }

    /// <summary>When a reminder was last claimed and sent; claimed with a conditional UPDATE so one instance sends it.</summary>
    public DateTimeOffset? LastReminderAt { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic-concurrency token: changes on every transition, so two simultaneous decisions cannot both win.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<FundingDecision> History => _history;

    /// <summary>The four costs added up; stored values are capped to a column's range first, so the sum cannot overflow.</summary>
    public decimal TotalRequested =>
        FundingLimits.Stored(TuitionFee) + FundingLimits.Stored(ExamFee) + FundingLimits.Stored(TravelCost) + FundingLimits.Stored(OtherCost);

    /// <summary>Fees the employer pays to a provider (tuition + exam/registration): what agreement thresholds test.</summary>
    public decimal Fees => FundingLimits.Stored(TuitionFee) + FundingLimits.Stored(ExamFee);

    public bool IsEditable => Status is FundingStatus.Draft or FundingStatus.Returned;

    public bool IsPending => Status is FundingStatus.Submitted or FundingStatus.AwaitingBudgetHolder or FundingStatus.AwaitingCostApproval;

    /// <summary>Approved study whose leave counts against the allowance.</summary>
    public bool CommitsLeave => Status is FundingStatus.InProgress or FundingStatus.Completed or FundingStatus.AwaitingCostApproval;

    public FinancialYear Year => new(FinancialYearStart);

    public static (FundingRequest? Request, Result Result) Create(string requesterId, FundingRequestDetails details, DateTimeOffset now, FundingLimits? limits = null)
    {
        var check = Validate(details, limits);
        if (!check.Succeeded)
        {
            return (null, check);
        }

        var request = new FundingRequest { RequesterId = requesterId, CreatedAt = now };
        request.Apply(details);
        request.Record(FundingAction.Created, requesterId, now, "", FundingStatus.Draft);
        return (request, Result.Ok);
    }

    /// <summary>
    /// Field-level validation of a draft's details, with messages in the NHS service-manual style: every error at once,
    /// keyed by the JSON property name of the request body (the pages map them to their inputs).
    /// </summary>
    public static Result Validate(FundingRequestDetails d, FundingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        limits ??= FundingLimits.Default;
        var e = new FundingErrors();
        e.RequiredText("title", d.Title, FundingTextLimits.Title, "Enter the course or qualification", "the course or qualification");
        e.RequiredText("provider", d.Provider, FundingTextLimits.Provider, "Enter the provider", "the provider");
        var datesKnown = true;
        if (d.StartDate == default)
        {
            e.Add("startDate", "Enter the start date");
            datesKnown = false;
        }

        if (d.EndDate == default)
        {
            e.Add("endDate", "Enter the end date");
            datesKnown = false;
        }
        else if (d.EndDate < d.StartDate)
        {
            e.Add("endDate", "End date must be the same as or after the start date");
            datesKnown = false;
        }

        if (!Enum.IsDefined(d.Mode))
        {
            e.Add("mode", "Choose how the study is delivered");
        }

        var moneyValid = true;
        foreach (var (field, value, what) in new[]
                 {
                     ("tuitionFee", d.TuitionFee, "the tuition fee"), ("examFee", d.ExamFee, "the exam fee"),
                     ("travelCost", d.TravelCost, "the travel cost"), ("otherCost", d.OtherCost, "other costs"),
                 })
        {
            moneyValid &= e.Add(limits.CheckMoney(field, value, what));
        }

        if (moneyValid && d.TuitionFee + d.ExamFee + d.TravelCost + d.OtherCost > limits.Ceiling)
        {
            e.Add("tuitionFee", $"The total asked for must be {Money(limits.Ceiling)} or less");
        }

        // Hours are at most 24 for each day from start to end, reported on the hours field; without both dates only
        // the other checks apply (the dates have their own errors).
        var leaveValid = e.Add(datesKnown
            ? FundingLimits.CheckHours("studyLeaveHours", d.StudyLeaveHours, d.StartDate, d.EndDate, "study leave hours")
            : FundingLimits.CheckHours("studyLeaveHours", d.StudyLeaveHours, "study leave hours"));
        e.Add(datesKnown
            ? FundingLimits.CheckHours("plannedHours", d.PlannedHours, d.StartDate, d.EndDate, "planned CPD hours")
            : FundingLimits.CheckHours("plannedHours", d.PlannedHours, "planned CPD hours"));
        e.MaxLength("studyLeaveDates", d.StudyLeaveDates, FundingTextLimits.StudyLeaveDates, "the study leave dates");
        if (d.AcademicCredits is < 0 or > FundingLimits.MaxAcademicCredits)
        {
            e.Add("academicCredits", $"Academic credits must be between 0 and {FundingLimits.MaxAcademicCredits}");
        }

        if (moneyValid && leaveValid && d.TuitionFee + d.ExamFee + d.TravelCost + d.OtherCost == 0 && d.StudyLeaveHours == 0)
        {
            e.Add("tuitionFee", "Ask for money, study leave or both");
        }

        e.RequiredText("justification", d.Justification, FundingTextLimits.LongText, "Explain why you need this study", "the justification");
        e.MaxLength("expectedImpact", d.ExpectedImpact, FundingTextLimits.LongText, "the expected impact");
        return e.ToResult();
    }

    public Result UpdateDraft(string actorId, FundingRequestDetails details, DateTimeOffset now, FundingLimits? limits = null)
    {
        if (actorId != RequesterId)
        {
            return Result.NotAllowed("Only the person who made the request can change it.");
        }

        if (!IsEditable)
        {
            return Result.Conflict($"A request that is {Describe(Status)} cannot be changed; approved amounts change only through a new decision.");
        }

        var check = Validate(details, limits);
        if (!check.Succeeded)
        {
            return check;
        }

        Apply(details);
        Record(FundingAction.Updated, actorId, now, "", Status);
        return Result.Ok;
    }

    public Result Submit(string actorId, string costCentre, DateTimeOffset now)
    {
        if (actorId != RequesterId)
        {
            return Result.NotAllowed("Only the person who made the request can submit it.");
        }

        if (!IsEditable)
        {
            return Result.Conflict($"This request is already {Describe(Status)}.");
        }

        if (string.IsNullOrWhiteSpace(costCentre) && TotalRequested > 0)
        {
            return Result.Invalid(nameof(CostCentre), "Your account has no team cost centre to fund this from; ask an administrator to set it");
        }

        CostCentre = costCentre;
        AwaitingSince = now;
        LastReminderAt = null;
        Record(FundingAction.Submitted, actorId, now, "", FundingStatus.Submitted);
        return Result.Ok;
    }

    /// <summary>
    /// Approves at the current stage. The line manager (or their delegate) approves first; a budget holder approves
    /// second when the amount is above the threshold or would overspend the budget (then only with an override reason).
    /// Money and study leave are approved together. The requester can never approve their own request.
    /// </summary>
    public Result Approve(DecisionContext ctx, ApprovalInput input, ApprovalFacts facts)
    {
        var who = CheckDecider(ctx);
        if (!who.Succeeded)
        {
            return who;
        }

        var lengths = Lengths(
            ("comment", input.Comment, FundingTextLimits.Comment, "the comment"),
            ("amountReason", input.AmountReason, FundingTextLimits.Reason, "the reason for the amount"),
            ("budgetOverrideReason", input.BudgetOverrideReason, FundingTextLimits.Reason, "the reason to override the budget"));
        if (!lengths.Succeeded)
        {
            return lengths;
        }

        var amount = input.Amount ?? (Status == FundingStatus.AwaitingBudgetHolder ? ApprovedAmount ?? TotalRequested : TotalRequested);
        var leave = input.LeaveHours ?? ApprovedLeaveHours ?? StudyLeaveHours;
        var money = (facts.Limits ?? FundingLimits.Default).CheckMoney("amount", amount, "the approved amount");
        if (!money.Succeeded)
        {
            return money;
        }

        if (amount > TotalRequested)
        {
            return Result.Invalid("amount", $"You cannot approve more than the {Money(TotalRequested)} asked for");
        }

        if (leave < 0 || decimal.Round(leave, 2) != leave)
        {
            return Result.Invalid("leaveHours", "Approved study leave must be 0 hours or more, with up to 2 decimal places");
        }

        if (leave > StudyLeaveHours)
        {
            return Result.Invalid("leaveHours", $"You cannot approve more than the {UkFormat.Number(StudyLeaveHours)} hours of study leave asked for");
        }

        if (Status == FundingStatus.AwaitingBudgetHolder && ApprovedLeaveHours is { } firstLeave && leave > firstLeave)
        {
            return Result.Invalid("leaveHours", $"You cannot approve more than the {UkFormat.Number(firstLeave)} hours of study leave the line manager approved");
        }

        var previous = Status == FundingStatus.AwaitingBudgetHolder ? ApprovedAmount ?? TotalRequested : TotalRequested;
        if (amount != previous && string.IsNullOrWhiteSpace(input.AmountReason))
        {
            return Result.Invalid("amountReason", $"Give a reason for approving {Money(amount)} instead of {Money(previous)}");
        }

        if (StartDate < ctx.Today && !input.AllowRetrospective && !RetrospectiveAllowed)
        {
            return Result.Invalid("allowRetrospective",
                $"The study started on {UkFormat.Date(StartDate)}: retrospective requests are not approved unless you explicitly allow it");
        }

        if (facts.AgreementRequired && !facts.AgreementAccepted)
        {
            return Result.Conflict("The requester must accept the learning agreement for these amounts before the request can be approved.");
        }

        var overBudget = facts.Budget is { } budget && !budget.CanCommit(amount);
        if (Status == FundingStatus.Submitted)
        {
            var needsSecond = amount > facts.SecondApprovalThreshold || overBudget;
            SetApproval(amount, leave, input);
            FirstApproverId = ctx.ActorId;
            if (needsSecond)
            {
                AwaitingSince = ctx.Now;
                LastReminderAt = null;
                Record(FundingAction.ApprovedByLineManager, ctx.ActorId, ctx.Now, input.Comment ?? "", FundingStatus.AwaitingBudgetHolder, amount, leave);
                return Result.Ok with
                {
                    Note = overBudget
                        ? $"{Money(amount)} is more than the {Money(facts.Budget!.Remaining)} left in {CostCentre}'s {Year.Label} budget: sent to a budget holder, who can override it with a reason."
                        : $"Amounts above {Money(facts.SecondApprovalThreshold)} also need a budget holder's approval: sent to a budget holder.",
                };
            }
        }
        else
        {
            if (ctx.ActorId == FirstApproverId)
            {
                return Result.NotAllowed("The second approval must come from someone other than the first approver.");
            }

            if (overBudget && string.IsNullOrWhiteSpace(input.BudgetOverrideReason))
            {
                return Result.Invalid("budgetOverrideReason",
                    $"Approving {Money(amount)} would overspend {CostCentre}'s {Year.Label} budget: only {Money(facts.Budget!.Remaining)} remains. Approve a lower amount or give a reason to override the budget");
            }

            SetApproval(amount, leave, input);
            BudgetOverrideReason = overBudget ? input.BudgetOverrideReason!.Trim() : "";
        }

        FinalApproverId = ctx.ActorId;
        AwaitingSince = null;
        Record(FundingAction.Approved, ctx.ActorId, ctx.Now, input.Comment ?? "", FundingStatus.InProgress, amount, leave);
        return Result.Ok;
    }

    public Result Reject(DecisionContext ctx, string comment) => Decide(ctx, comment, FundingAction.Rejected, FundingStatus.Rejected, "Give a reason for rejecting the request");

    /// <summary>Returns the request to the requester for changes; a previous first approval no longer stands.</summary>
    public Result Return(DecisionContext ctx, string comment) => Decide(ctx, comment, FundingAction.Returned, FundingStatus.Returned, "Say what needs to change");

    public Result Complete(string actorId, DateOnly completedOn, decimal actualHours, decimal? actualCost, string reflection, DateTimeOffset now, DateOnly today) =>
        Complete(actorId, completedOn, actualHours, actualCost, null, reflection, now, today, new CompletionFacts(FundingLimits.Default, decimal.MaxValue));

    /// <summary>
    /// Completes the study. An actual cost above the approved amount needs a reason and goes back to the approver
    /// (<see cref="FundingStatus.AwaitingCostApproval"/>); until they decide, the approved amount stays committed.
    /// </summary>
    public Result Complete(
        string actorId, DateOnly completedOn, decimal actualHours, decimal? actualCost, string? costReason, string reflection, DateTimeOffset now, DateOnly today, CompletionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (actorId != RequesterId)
        {
            return Result.NotAllowed("Only the person who made the request can complete it.");
        }

        if (Status != FundingStatus.InProgress)
        {
            return Result.Conflict($"Only approved study in progress can be completed; this request is {Describe(Status)}.");
        }

        var lengths = Lengths(
            ("costReason", costReason, FundingTextLimits.Reason, "the reason for the higher cost"),
            ("reflection", reflection, FundingTextLimits.Reflection, "the reflection"));
        if (!lengths.Succeeded)
        {
            return lengths;
        }

        if (completedOn < StartDate)
        {
            return Result.Invalid("completedOn", "The completion date must be on or after the start date");
        }

        if (completedOn > today)
        {
            return Result.Invalid("completedOn", "The completion date must be today or in the past");
        }

        var hours = FundingLimits.CheckHours("actualHours", actualHours, StartDate, completedOn, "CPD hours you spent learning", positive: true);
        if (!hours.Succeeded)
        {
            return hours;
        }

        if (actualCost is { } cost)
        {
            var money = facts.Limits.CheckMoney("actualCost", cost, "the actual cost");
            if (!money.Succeeded)
            {
                return money;
            }
        }

        var approved = ApprovedAmount ?? 0m;
        var over = actualCost is { } c && c > approved;
        if (over && string.IsNullOrWhiteSpace(costReason))
        {
            return Result.Invalid("costReason", $"Give a reason why the study cost {Money(actualCost!.Value)}, more than the {Money(approved)} approved");
        }

        if (string.IsNullOrWhiteSpace(reflection))
        {
            return Result.Invalid("reflection", "Write a short reflection on what you learned");
        }

        CompletedOn = completedOn;
        ActualHours = actualHours;
        Reflection = reflection.Trim();
        if (over)
        {
            ClaimedAmount = actualCost;
            CostReason = costReason!.Trim();
            CostNeedsBudgetHolder = FirstApproverId != FinalApproverId || actualCost > facts.SecondApprovalThreshold;
            AwaitingSince = now;
            LastReminderAt = null;
            Record(FundingAction.CostIncreaseRequested, actorId, now, CostReason, FundingStatus.AwaitingCostApproval, actualCost);
            return Result.Ok with
            {
                Note = $"Completed. The actual cost {Money(actualCost!.Value)} is more than the {Money(approved)} approved: it has gone back to "
                       + (CostNeedsBudgetHolder ? "a budget holder" : "your line manager") + " to decide.",
            };
        }

        SpentAmount = actualCost ?? ApprovedAmount;
        Record(FundingAction.Completed, actorId, now, "", FundingStatus.Completed, SpentAmount);
        return Result.Ok;
    }

    /// <summary>
    /// The approver decides on an actual cost above the approved amount: accepting spends the claimed amount (over
    /// budget only with a budget holder's override reason); refusing spends the approved amount. Either way the request
    /// is completed.
    /// </summary>
    public Result DecideCost(DecisionContext ctx, bool accept, string? comment, BudgetPosition? budget, string? budgetOverrideReason = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var who = CheckDecider(ctx, costStage: true);
        if (!who.Succeeded)
        {
            return who;
        }

        var lengths = Lengths(
            ("comment", comment, FundingTextLimits.Comment, "the comment"),
            ("budgetOverrideReason", budgetOverrideReason, FundingTextLimits.Reason, "the reason to override the budget"));
        if (!lengths.Succeeded)
        {
            return lengths;
        }

        var approved = ApprovedAmount ?? 0m;
        var claimed = ClaimedAmount ?? approved;
        if (!accept)
        {
            if (string.IsNullOrWhiteSpace(comment))
            {
                return Result.Invalid("comment", "Give a reason for refusing the extra cost");
            }

            SpentAmount = approved;
            AwaitingSince = null;
            Record(FundingAction.CostIncreaseRefused, ctx.ActorId, ctx.Now, comment.Trim(), FundingStatus.Completed, approved);
            return Result.Ok with { Note = $"Extra cost refused: {Money(approved)} is spent." };
        }

        var extra = claimed - approved;
        if (budget is not null && !budget.CanCommit(extra))
        {
            if (!ctx.Authority.HasAny(ApproverAuthority.BudgetHolder))
            {
                return Result.NotAllowed($"Paying {Money(claimed)} would overspend {CostCentre}'s {Year.Label} budget: only a budget holder of {CostCentre} can override it.");
            }

            if (string.IsNullOrWhiteSpace(budgetOverrideReason))
            {
                return Result.Invalid("budgetOverrideReason",
                    $"Paying the extra {Money(extra)} would overspend {CostCentre}'s {Year.Label} budget: only {Money(budget.Remaining)} remains. Refuse it or give a reason to override the budget");
            }

            BudgetOverrideReason = budgetOverrideReason.Trim();
        }

        SpentAmount = claimed;
        AwaitingSince = null;
        Record(FundingAction.CostIncreaseApproved, ctx.ActorId, ctx.Now, (comment ?? "").Trim(), FundingStatus.Completed, claimed);
        return Result.Ok with { Note = $"Extra cost approved: {Money(claimed)} is spent." };
    }

    public void AttachCertificate(string key, string fileName)
    {
        CertificateKey = key;
        CertificateFileName = fileName;
    }

    public Result Withdraw(string actorId, string comment, DateTimeOffset now)
    {
        if (actorId != RequesterId)
        {
            return Result.NotAllowed("Only the person who made the request can withdraw it.");
        }

        if (Status is FundingStatus.Completed or FundingStatus.Withdrawn or FundingStatus.Rejected or FundingStatus.AwaitingCostApproval)
        {
            return Result.Conflict($"A request that is {Describe(Status)} cannot be withdrawn.");
        }

        var lengths = Lengths(("comment", comment, FundingTextLimits.Comment, "the comment"));
        if (!lengths.Succeeded)
        {
            return lengths;
        }

        AwaitingSince = null;
        Record(FundingAction.Withdrawn, actorId, now, comment.Trim(), FundingStatus.Withdrawn);
        return Result.Ok;
    }

    /// <summary>Records acceptance of a learning agreement in the history (the acceptance itself is its own record).</summary>
    public Result RecordAgreementAccepted(string actorId, DateTimeOffset now, DateOnly today, string summary)
    {
        if (actorId != RequesterId)
        {
            return Result.NotAllowed("Only the person who made the request can accept its learning agreement.");
        }

        if (Status is not (FundingStatus.Draft or FundingStatus.Returned or FundingStatus.Submitted or FundingStatus.AwaitingBudgetHolder))
        {
            return Result.Conflict($"A request that is {Describe(Status)} does not need an agreement now.");
        }

        if (today > StartDate && !RetrospectiveAllowed)
        {
            return Result.Conflict(
                $"The course started on {UkFormat.Date(StartDate)}: a learning agreement must be accepted before the course starts. " +
                "Ask your approver to allow a retrospective request first.");
        }

        Record(FundingAction.AgreementAccepted, actorId, now, summary, Status, TotalRequested);
        return Result.Ok;
    }

    /// <summary>
    /// The approver at the current stage allows a request for study that has already started, so that its learning
    /// agreement can still be accepted and the request approved. Nothing else changes; the permission is recorded.
    /// </summary>
    public Result AllowRetrospective(DecisionContext ctx, string? comment)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var who = CheckDecider(ctx);
        if (!who.Succeeded)
        {
            return who;
        }

        var lengths = Lengths(("comment", comment, FundingTextLimits.Comment, "the comment"));
        if (!lengths.Succeeded)
        {
            return lengths;
        }

        if (StartDate >= ctx.Today)
        {
            return Result.Conflict($"The study starts on {UkFormat.Date(StartDate)}: it is not retrospective.");
        }

        if (RetrospectiveAllowed)
        {
            return Result.Conflict("A retrospective request is already allowed for this study.");
        }

        RetrospectiveAllowed = true;
        Record(FundingAction.RetrospectiveAllowed, ctx.ActorId, ctx.Now, (comment ?? "").Trim(), Status);
        return Result.Ok with { Note = "Retrospective request allowed: the requester can now accept the learning agreement, and the request can be approved." };
    }

    public static string Describe(FundingStatus status) => status switch
    {
        FundingStatus.AwaitingBudgetHolder => "awaiting a budget holder",
        FundingStatus.InProgress => "approved and in progress",
        FundingStatus.Returned => "returned for changes",
        FundingStatus.AwaitingCostApproval => "completed, with a higher cost awaiting approval",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Money(decimal amount) => UkFormat.Money(amount);

    private Result CheckDecider(DecisionContext ctx, bool costStage = false)
    {
        if (ctx.ActorId == RequesterId)
        {
            return Result.NotAllowed("You cannot decide your own request.");
        }

        if (!IsPending || (Status == FundingStatus.AwaitingCostApproval) != costStage)
        {
            return Result.Conflict($"This request has already been decided: it is {Describe(Status)}.");
        }

        return Status switch
        {
            FundingStatus.AwaitingCostApproval when CostNeedsBudgetHolder && !ctx.Authority.HasAny(ApproverAuthority.BudgetHolder)
                => Result.NotAllowed("The extra cost is waiting for a budget holder of this cost centre."),
            FundingStatus.AwaitingCostApproval when !CostNeedsBudgetHolder && !ctx.Authority.HasAny(ApproverAuthority.LineManager | ApproverAuthority.Delegate | ApproverAuthority.BudgetHolder)
                => Result.NotAllowed("The extra cost is waiting for the requester's line manager (or their delegate)."),
            FundingStatus.Submitted when !ctx.Authority.HasAny(ApproverAuthority.LineManager | ApproverAuthority.Delegate)
                => Result.NotAllowed("Only the requester's line manager (or their delegate) can make the first decision."),
            FundingStatus.AwaitingBudgetHolder when !ctx.Authority.HasAny(ApproverAuthority.BudgetHolder)
                => Result.NotAllowed("This request is waiting for a budget holder of its cost centre."),
            _ => Result.Ok,
        };
    }

    private Result Decide(DecisionContext ctx, string comment, FundingAction action, FundingStatus to, string commentMissing)
    {
        var who = CheckDecider(ctx);
        if (!who.Succeeded)
        {
            return who;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return Result.Invalid("comment", commentMissing);
        }

        var lengths = Lengths(("comment", comment, FundingTextLimits.Comment, "the comment"));
        if (!lengths.Succeeded)
        {
            return lengths;
        }

        if (to == FundingStatus.Returned)
        {
            ApprovedAmount = null;
            ApprovedLeaveHours = null;
            FirstApproverId = null;
            AmountReason = "";
        }

        AwaitingSince = null;
        Record(action, ctx.ActorId, ctx.Now, comment.Trim(), to);
        return Result.Ok;
    }

    /// <summary>Every text that is too long for its column, at once.</summary>
    private static Result Lengths(params (string Field, string? Value, int Max, string What)[] texts)
    {
        var e = new FundingErrors();
        foreach (var (field, value, max, what) in texts)
        {
            e.MaxLength(field, value, max, what);
        }

        return e.ToResult();
    }

    private void SetApproval(decimal amount, decimal leave, ApprovalInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.AmountReason))
        {
            AmountReason = input.AmountReason.Trim();
        }

        ApprovedAmount = amount;
        ApprovedLeaveHours = leave;
        RetrospectiveAllowed |= input.AllowRetrospective;
    }

    private void Apply(FundingRequestDetails d)
    {
        Title = d.Title.Trim();
        Provider = d.Provider.Trim();
        StartDate = d.StartDate;
        EndDate = d.EndDate;
        Mode = d.Mode;
        PdpGoalId = d.PdpGoalId;
        TuitionFee = d.TuitionFee;
        ExamFee = d.ExamFee;
        TravelCost = d.TravelCost;
        OtherCost = d.OtherCost;
        StudyLeaveHours = d.StudyLeaveHours;
        StudyLeaveDates = d.StudyLeaveDates.Trim();
        PlannedHours = d.PlannedHours;
        AcademicCredits = d.AcademicCredits;
        Justification = d.Justification.Trim();
        ExpectedImpact = d.ExpectedImpact.Trim();
        FinancialYearStart = FinancialYear.Containing(d.StartDate).StartYear;
    }

    private void Record(FundingAction action, string actorId, DateTimeOffset now, string comment, FundingStatus to, decimal? amount = null, decimal? leave = null)
    {
        _history.Add(new FundingDecision
        {
            FundingRequestId = Id,
            Action = action,
            FromStatus = Status,
            ToStatus = to,
            ActorId = actorId,
            At = now,
            Comment = comment,
            Amount = amount,
            LeaveHours = leave,
        });
        Status = to;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
