namespace CpdLog.Web.Features.Leaving;

using CpdLog.Core.Time;
using CpdLog.Web.Features.Funding;

/// <summary>
/// Builds the <see cref="LeavingStatement"/> of the signed-in person. The repayment lines come from
/// <see cref="FundingAdminService.LeaverStatementAsync"/>, the computation HR's leaver statement uses, so both agree.
/// </summary>
public sealed class LeavingStatementService(CpdLogDbContext db, FundingAdminService admin, TimeProvider clock)
{
    /// <summary>How far before or after today a leaving date may be (years).</summary>
    public const int YearsEitherSide = 10;

    /// <summary>The reasons a person can choose (every single reason; "none" is not a reason for leaving).</summary>
    public static IReadOnlyList<LeavingReason> Reasons { get; } = [.. Enum.GetValues<LeavingReason>().Where(r => r != LeavingReason.None)];

    /// <summary>Parses and checks the query of the page and the API; errors are keyed "leavingDate" and "reason".</summary>
    public static Dictionary<string, string> Check(string? leavingDate, string? reason, DateOnly today, out DateOnly date, out LeavingReason why)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        date = default;
        why = LeavingReason.Resignation;
        if (string.IsNullOrWhiteSpace(leavingDate))
        {
            errors["leavingDate"] = "Enter your leaving date";
        }
        else if (!DateOnly.TryParseExact(leavingDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors["leavingDate"] = "Leaving date must be a real date, for example 2027-03-31";
        }
        else
        {
            CheckRange(date, today, errors);
        }

        if (!string.IsNullOrWhiteSpace(reason))
        {
            var named = Reasons.Where(r => string.Equals(r.ToString(), reason.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 1)
            {
                why = named[0];
            }
            else
            {
                errors["reason"] = "Choose a reason for leaving from the list";
            }
        }

        return errors;
    }

    /// <summary>A leaving date more than <see cref="YearsEitherSide"/> years from today is a typing mistake.</summary>
    public static void CheckRange(DateOnly date, DateOnly today, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date < today.AddYears(-YearsEitherSide) || date > today.AddYears(YearsEitherSide))
        {
            errors["leavingDate"] = $"Leaving date must be between {UkFormat.Date(today.AddYears(-YearsEitherSide))} and {UkFormat.Date(today.AddYears(YearsEitherSide))}";
        }
    }

    public async Task<LeavingStatement> BuildAsync(string userId, DateOnly leavingDate, LeavingReason reason, CancellationToken ct)
    {
        var person = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        var lines = await admin.LeaverStatementAsync(userId, leavingDate, reason, ct);
        var agreements = lines.Select(l => new LeavingAgreementLine(
            l.Acceptance.Id, l.Request.Id, l.Request.Title, $"{l.Template.Name} v{l.Template.Version}", l.Template.Version,
            UkCalendar.DateOf(l.Acceptance.AcceptedAt), l.Request.CompletedOn, l.Acceptance.CostBasis(l.Request), l.Template.Schedule.Describe(),
            Words(l.Template.Triggers), Words(l.Template.Waivers), l.Template.Terms, Math.Round(l.Quote.Fraction * 100m, 2),
            l.Quote.Amount, l.Quote.Triggered, l.Quote.Waived, l.Quote.Explanation)).ToList();

        return new LeavingStatement(leavingDate, reason, DisplayNames.Of(reason), clock.GetUtcNow(), person.DisplayName,
            await LeavesWithYouAsync(userId, ct), await StaysAsync(userId, ct), agreements, agreements.Sum(a => a.Repayable),
            await QualificationsAsync(userId, ct), LeavingStatement.ArchivePath);
    }

    private static string Words(LeavingReason reasons) => reasons == LeavingReason.None ? "None" : DisplayNames.Of(reasons);

    /// <summary>Every record type of the descriptor list (live and in the bin; evidence files and registrations are in it) and the issued portfolios: what the archive holds.</summary>
    private async Task<IReadOnlyList<LeavingRecordCount>> LeavesWithYouAsync(string userId, CancellationToken ct)
    {
        var counts = new List<LeavingRecordCount>();
        foreach (var type in RecordTypes.All)
        {
            counts.Add(new LeavingRecordCount(type.PluralName, await type.CountAsync(db, userId, ct), (await type.ListBinAsync(db, userId, ct)).Count));
        }

        counts.Add(new LeavingRecordCount("Issued portfolios", await db.IssuedPortfolios.CountAsync(p => p.OwnerId == userId, ct), 0));
        return counts;
    }

    /// <summary>The employer's records about the person: they stay, under the employer's retention rule.</summary>
    private async Task<IReadOnlyList<EmployerRecordCount>> StaysAsync(string userId, CancellationToken ct)
    {
        var requestIds = db.FundingRequests.Where(r => r.RequesterId == userId).Select(r => r.Id);
        var costCentres = await db.FundingRequests.Where(r => r.RequesterId == userId && r.CostCentre != "").Select(r => r.CostCentre).Distinct().OrderBy(c => c).ToListAsync(ct);
        return
        [
            new("Funding requests", await requestIds.CountAsync(ct), "Your requests for funding and study leave, with their amounts and completion certificates. Your archive carries a read-only copy."),
            new("Funding decisions", await db.FundingDecisions.CountAsync(d => requestIds.Contains(d.FundingRequestId), ct), "Approvals, returns and refusals on your requests."),
            new("Learning agreements", await db.AgreementAcceptances.CountAsync(a => requestIds.Contains(a.FundingRequestId), ct), "The agreements you accepted, with the repayment schedule of each. Your archive carries a read-only copy."),
            new("Budgets", costCentres.Count, costCentres.Count == 0 ? "No budget paid for your study." : $"The budgets of {string.Join(", ", costCentres)} that paid for your study."),
            new("Funding audit entries", await db.FundingAudit.CountAsync(a => a.FundingRequestId != null && requestIds.Contains(a.FundingRequestId.Value), ct), "The append-only audit log of your requests."),
        ];
    }

    private async Task<IReadOnlyList<LeavingQualification>> QualificationsAsync(string userId, CancellationToken ct)
    {
        var qualifications = await db.Qualifications.OwnedBy(userId)
            .Where(q => q.Status == QualificationStatus.InProgress || q.Status == QualificationStatus.Planned)
            .OrderBy(q => q.ExpectedCompletionDate).ThenBy(q => q.Title).ThenBy(q => q.Id).ToListAsync(ct);
        var ids = qualifications.SelectMany(q => q.FundingRequestIds).Distinct().ToList();
        var requests = await db.FundingRequests.Where(r => r.RequesterId == userId && ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        return [.. qualifications.Select(q => new LeavingQualification(q.Id, q.Title, q.AwardingBody, q.ExpectedCompletionDate,
            [.. q.FundingRequestIds.Where(requests.ContainsKey).Select(id => requests[id]).OrderBy(r => r.StartDate).ThenBy(r => r.Id)
                .Select(r => new LeavingSupport(r.Id, r.Title, DisplayNames.Of(r.Status), WhatStops(r)))]))];
    }

    /// <summary>What of one request's support ends when the person leaves.</summary>
    public static string WhatStops(FundingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            FundingStatus.InProgress =>
                $"Approved funding of {UkFormat.Money(request.ApprovedAmount)} and {UkFormat.Hours(request.ApprovedLeaveHours ?? 0)} of study leave are this employer's: they stop on your leaving date. Your new employer would need to agree to fund the rest.",
            FundingStatus.AwaitingCostApproval => "The extra cost is waiting for a decision: this employer decides it, and pays nothing more after you leave.",
            FundingStatus.Completed => $"Completed on {UkFormat.ShortDate(request.CompletedOn)}: nothing more is paid; the learning agreement's schedule still applies.",
            FundingStatus.Draft or FundingStatus.Returned => "Not sent: this employer will not fund it after you leave.",
            FundingStatus.Submitted or FundingStatus.AwaitingBudgetHolder => "Waiting for a decision: this employer will not fund it after you leave.",
            _ => "No support: the request was not approved or was withdrawn.",
        };
    }
}
