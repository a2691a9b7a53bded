namespace CpdLog.Web.Features.Funding;

/// <summary>
/// Demo funding: FIN-100's budget for this NHS year, a learning agreement template (v1), and for the demo manager a PDP
/// goal, an approved IPSAS certificate (above the threshold, so approved twice) and a request waiting for the line manager.
/// </summary>
public sealed class FundingDemoData(CpdLogDbContext db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<FundingOptions> options) : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(DemoUsers users, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var year = FinancialYear.Containing(today);
        db.Budgets.Add(new Budget { CostCentre = "FIN-100", FinancialYearStart = year.StartYear, Allocated = 12_000m, UpdatedAt = now });
        var template = new AgreementTemplate
        {
            Name = "Learning agreement",
            MinFees = 200m,
            MinCredits = 15,
            ScheduleKind = RepaymentKind.Tiered,
            Tiers = "12:100;24:50",
            Triggers = LeavingReason.Resignation | LeavingReason.Dismissal | LeavingReason.WithdrawalFromCourse | LeavingReason.FailureToComplete,
            Waivers = LeavingReason.Redundancy | LeavingReason.MaternityRelated | LeavingReason.InternalTransfer,
            Terms = "The Trust pays the fees above. If you leave the Trust's employment, withdraw from the course or fail to complete it, "
                    + "you agree to repay them on the schedule shown, by deduction from your final pay (Employment Rights Act 1996 s.13). "
                    + "Nothing is repayable on redundancy, for maternity-related reasons, or on transfer within the organisation.",
            CreatedAt = now,
            CreatedById = users.Admin.Id,
        };
        db.AgreementTemplates.Add(template);

        var goal = new PdpGoal
        {
            OwnerId = users.Manager.Id,
            Title = "Lead the move to IPSAS-aligned reporting for the charitable funds",
            Description = "Agreed at appraisal: build public-sector accounting expertise to lead the year-end accounts change.",
            TargetDate = year.End,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PdpGoals.Add(goal);

        var start = today.AddDays(21);
        var (ipsas, _) = FundingRequest.Create(users.Manager.Id, new FundingRequestDetails(
            "CIPFA Certificate in IPSAS", "CIPFA", start, start.AddMonths(4), StudyMode.Online, goal.Id,
            1_200m, 250m, 0m, 0m, 22.5m, "Three exam-preparation days before the exam", 60m, 0,
            "Our charitable funds move to IPSAS-aligned reporting next year; nobody in the team holds the qualification.",
            "I will lead the conversion and train two colleagues."), now);
        ipsas!.Submit(users.Manager.Id, "FIN-100", now);
        ipsas.RecordAgreementAccepted(users.Manager.Id, now, today, $"{template.Name} v{template.Version}");
        db.AgreementAcceptances.Add(AgreementAcceptance.Accept(ipsas, template, users.Manager.Id, now));
        var facts = new ApprovalFacts(options.Value.SecondApprovalThreshold, null, true, true);
        ipsas.Approve(new DecisionContext(users.LineManager.Id, ApproverAuthority.LineManager, now, today), new ApprovalInput(Comment: "Fits the PDP goal."), facts);
        ipsas.Approve(new DecisionContext(users.BudgetHolder.Id, ApproverAuthority.BudgetHolder, now, today), new ApprovalInput(Comment: "Funded from FIN-100."), facts);
        var activity = new CpdActivity
        {
            OwnerId = users.Manager.Id,
            Title = ipsas.Title,
            StartDate = ipsas.StartDate,
            EndDate = ipsas.EndDate,
            Hours = ipsas.PlannedHours,
            Status = ActivityStatus.Planned,
            FundingRequestId = ipsas.Id,
            Method = CpdMethod.FormalQualification,
            Description = ipsas.Justification,
            Tags = "funded",
            CreatedAt = now,
            UpdatedAt = now,
        };
        ipsas.ActivityId = activity.Id;
        db.Activities.Add(activity);
        db.FundingRequests.Add(ipsas);

        var (excel, _) = FundingRequest.Create(users.Manager.Id, new FundingRequestDetails(
            "Advanced Excel for NHS finance (Power Query)", "HFMA", today.AddDays(35), today.AddDays(35), StudyMode.Classroom, goal.Id,
            180m, 0m, 45m, 0m, 7.5m, "One day", 7m, 0,
            "Month-end reporting takes two days of manual copying; Power Query would automate it.",
            "Month-end pack produced in half a day."), now);
        excel!.Submit(users.Manager.Id, "FIN-100", now);
        db.FundingRequests.Add(excel);
        await db.SaveChangesAsync(ct);
    }
}
