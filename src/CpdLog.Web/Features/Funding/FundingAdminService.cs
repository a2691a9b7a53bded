namespace CpdLog.Web.Features.Funding;

/// <summary>Admin and budget-holder work: budgets, agreement templates (versioned), leaver statements, the audit log.</summary>
public sealed class FundingAdminService(
    CpdLogDbContext db, FundingCalendar calendar, Microsoft.Extensions.Options.IOptions<FundingOptions> options, FundingAccess access, FundingBudgets budgets,
    FundingAuditLog audit, Admin.AdminAuditLog adminAudit)
{
    /// <summary>
    /// Sets a cost centre's allocation for a year: admins for any cost centre, budget holders only for the cost centres
    /// they hold. In both the funding audit and the admin audit (before and after).
    /// </summary>
    public async Task<(BudgetPosition? Position, Result Result)> SetBudgetAsync(System.Security.Claims.ClaimsPrincipal user, string costCentre, string year, decimal allocated, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actorId = Infrastructure.CurrentUser.UserId(user);
        var check = Budget.Validate(costCentre, year, allocated, reason, new FundingLimits(options.Value.MaxBudget), out var fy);
        if (!check.Succeeded)
        {
            return (null, check);
        }

        costCentre = CostCentreHolder.Normalise(costCentre);
        if (!user.IsInRole(Roles.Admin) && !await access.HoldsAsync(user, costCentre, ct))
        {
            return (null, Result.Invalid("costCentre", $"You do not hold {costCentre}: budget holders set budgets only for the cost centres they hold"));
        }

        var budget = await db.Budgets.SingleOrDefaultAsync(b => b.CostCentre == costCentre && b.FinancialYearStart == fy.StartYear, ct);
        var before = budget?.Allocated;
        if (budget is null)
        {
            budget = new Budget { CostCentre = costCentre, FinancialYearStart = fy.StartYear };
            db.Budgets.Add(budget);
        }

        budget.Allocated = allocated;
        budget.Touch(calendar.Now);
        audit.Add(actorId, "BudgetAllocated", null, allocated,
            $"{costCentre} {fy.Label}: {(before is null ? "new" : FundingRequest.Money(before.Value))} → {FundingRequest.Money(allocated)}. {reason}", costCentre);
        adminAudit.Record(actorId, "BudgetAllocated", $"{costCentre} {fy.Label}", before is null ? "none" : FundingRequest.Money(before.Value),
            $"{FundingRequest.Money(allocated)}. {reason}");
        await db.SaveChangesAsync(ct);
        return (await budgets.BudgetPositionAsync(costCentre, fy, ct), Result.Ok);
    }

    /// <summary>Creates a template (familyId null) or the next version of one; the previous version stays for acceptances made under it.</summary>
    public async Task<(AgreementTemplate? Template, Result Result)> SaveTemplateAsync(string actorId, Guid? familyId, AgreementTemplateInput input, CancellationToken ct)
    {
        AgreementTemplate template;
        var before = "none";
        void Fill(AgreementTemplate t)
        {
            t.Name = input.Name?.Trim() ?? "";
            t.MinFees = input.MinFees;
            t.MinCredits = input.MinCredits;
            t.ScheduleKind = input.ScheduleKind;
            t.Tiers = input.ScheduleKind == RepaymentKind.Tiered && RepaymentSchedule.TryParseTiers(input.Tiers, out var tiers)
                ? RepaymentSchedule.Tiered([.. tiers]).EncodeTiers()
                : input.Tiers?.Trim() ?? "";
            t.LinearMonths = input.LinearMonths;
            t.Triggers = input.Triggers;
            t.Waivers = input.Waivers;
            t.Terms = input.Terms?.Trim() ?? "";
        }

        if (familyId is null)
        {
            template = new AgreementTemplate { CreatedAt = calendar.Now, CreatedById = actorId };
            Fill(template);
        }
        else
        {
            var current = await db.AgreementTemplates.Where(t => t.FamilyId == familyId && t.IsCurrent).SingleOrDefaultAsync(ct);
            if (current is null)
            {
                return (null, Result.Ok);
            }

            before = Describe(current);
            template = current.NewVersion(Fill, actorId, calendar.Now);
            var check = template.Validate();
            if (!check.Succeeded)
            {
                return (null, check);
            }
        }

        var valid = template.Validate();
        if (!valid.Succeeded)
        {
            db.ChangeTracker.Clear();
            return (null, valid);
        }

        db.AgreementTemplates.Add(template);
        audit.Add(actorId, "AgreementTemplateSaved", null, null, $"{template.Name} v{template.Version}: {template.Schedule.Describe()}");
        adminAudit.Record(actorId, "AgreementTemplateSaved", template.FamilyId.ToString(), before, Describe(template));
        await db.SaveChangesAsync(ct);
        return (template, Result.Ok);
    }

    /// <summary>Every agreement a person accepted on approved study, with the amount repayable for a leaving date and reason.</summary>
    public async Task<List<LeaverLine>> LeaverStatementAsync(string userId, DateOnly leavingDate, LeavingReason reason, CancellationToken ct)
    {
        var person = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (person is null)
        {
            return [];
        }

        var requests = await db.FundingRequests.Where(r => r.RequesterId == userId
            && (r.Status == FundingStatus.InProgress || r.Status == FundingStatus.Completed || r.Status == FundingStatus.Withdrawn)
            && r.ApprovedAmount != null).ToListAsync(ct);
        var ids = requests.Select(r => r.Id).ToList();
        var acceptances = await db.AgreementAcceptances.Where(a => ids.Contains(a.FundingRequestId)).ToListAsync(ct);
        var templateIds = acceptances.Select(a => a.TemplateId).Distinct().ToList();
        var templates = await db.AgreementTemplates.Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var lines = new List<LeaverLine>();
        foreach (var group in acceptances.GroupBy(a => a.FundingRequestId))
        {
            var request = requests.Single(r => r.Id == group.Key);
            var acceptance = group.OrderByDescending(a => a.AcceptedAt).First();
            var template = templates[acceptance.TemplateId];
            lines.Add(new LeaverLine(person, request, acceptance, template,
                RepaymentCalculator.Calculate(template, acceptance.CostBasis(request), request.CompletedOn, leavingDate, reason)));
        }

        return [.. lines.OrderBy(l => l.Request.StartDate)];
    }

    public static string LeaverCsv(IEnumerable<LeaverLine> lines, DateOnly leavingDate, LeavingReason reason)
    {
        var csv = new StringBuilder("Employee,Email,Cost centre,Course,Agreement,Version,Accepted,Completed,Leaving date,Reason,Cost basis,Percent,Repayable,Explanation\r\n");
        foreach (var l in lines)
        {
            Row(csv, l.Person.DisplayName, l.Person.Email, l.Request.CostCentre, l.Request.Title, l.Template.Name, Num(l.Template.Version),
                l.Acceptance.AcceptedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Request.CompletedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                leavingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DisplayNames.Of(reason), Num(l.Acceptance.CostBasis(l.Request)),
                Num(Math.Round(l.Quote.Fraction * 100m, 2)), Num(l.Quote.Amount), l.Quote.Explanation);
        }

        return csv.ToString();
    }

    public async Task<List<(FundingAuditEntry Entry, string Actor)>> AuditAsync(int take, CancellationToken ct) =>
        await NameAsync(await db.FundingAudit.OrderByDescending(a => a.At).ThenBy(a => a.Id).Take(take).ToListAsync(ct), ct);

    /// <summary>One page of the funding audit, newest first (a page after the last shows the last).</summary>
    public async Task<PagedList<(FundingAuditEntry Entry, string Actor)>> AuditPageAsync(PageRequest request, CancellationToken ct)
    {
        var entries = await db.FundingAudit.OrderByDescending(a => a.At).ThenBy(a => a.Id).ToShownPageAsync(request, ct);
        return new PagedList<(FundingAuditEntry Entry, string Actor)>(await NameAsync(entries, ct), entries.Request, entries.TotalCount);
    }

    private async Task<List<(FundingAuditEntry Entry, string Actor)>> NameAsync(List<FundingAuditEntry> entries, CancellationToken ct)
    {
        var ids = entries.Select(e => e.ActorId).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, ct);
        return [.. entries.Select(e => (e, names.GetValueOrDefault(e.ActorId, e.ActorId)))];
    }

    public static string AuditCsv(IEnumerable<(FundingAuditEntry Entry, string Actor)> entries)
    {
        var csv = new StringBuilder("At (UTC),Actor,Kind,Request,Cost centre,Amount,Detail\r\n");
        foreach (var (e, actor) in entries)
        {
            Row(csv, e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), actor, e.Kind, e.FundingRequestId?.ToString(),
                e.CostCentre, e.Amount is { } a ? Num(a) : "", e.Detail);
        }

        return csv.ToString();
    }

    private static string Describe(AgreementTemplate t) =>
        $"{t.Name} v{t.Version}: fees from {(t.MinFees is { } fees ? FundingRequest.Money(fees) : "none")} or {t.MinCredits} credits; {t.Schedule.Describe()}; triggers {DisplayNames.Of(t.Triggers)}; waivers {DisplayNames.Of(t.Waivers)}; terms: {t.Terms}";

    private static string Num(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Num(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading =,+,-,@ is prefixed with ' so spreadsheets never run it as a formula.</summary>
    public static void Row(StringBuilder csv, params string?[] cells)
    {
        csv.AppendJoin(',', cells.Select(c =>
        {
            var v = c ?? "";
            if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                v = "'" + v;
            }

            return v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
        }));
        csv.Append("\r\n");
    }
}
