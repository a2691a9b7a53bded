namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Infrastructure.Email;

/// <summary>
/// E-mails about funding requests: to the approvers on submission (and reminders), to the requester on a decision or
/// return. A failed send is logged, never allowed to undo a decision already saved.
/// </summary>
public sealed class FundingNotifier(
    CpdLogDbContext db,
    IMailSender mail,
    FundingCalendar calendar,
    PublicAddress address,
    ILogger<FundingNotifier> logger)
{
    public async Task SubmittedAsync(Guid id, CancellationToken ct)
    {
        var (request, requester) = await LoadAsync(id, ct);
        if (request is null || requester is null)
        {
            return;
        }

        await TellApproversAsync(request, requester, $"Funding request to decide: {request.Title}",
            $"{requester.DisplayName} has asked for {FundingRequest.Money(request.TotalRequested)} and {UkFormat.Number(request.StudyLeaveHours)} hours of study leave for \"{request.Title}\" ({request.Provider}).", ct);
    }

    /// <summary>Tells the requester an approver allowed their request although the study has started.</summary>
    public async Task RetrospectiveAllowedAsync(Guid id, CancellationToken ct)
    {
        var (request, requester) = await LoadAsync(id, ct);
        if (request is null || requester is null)
        {
            return;
        }

        await SendAsync(requester, $"Retrospective request allowed: {request.Title}",
            "Your approver allowed this request although the study has already started. If it needs a learning agreement, you can accept it now.",
            address.Page("/Funding/Details", new { id = request.Id }));
    }

    public async Task DecidedAsync(Guid id, CancellationToken ct)
    {
        var (request, requester) = await LoadAsync(id, ct);
        if (request is null || requester is null)
        {
            return;
        }

        var last = request.History.OrderBy(h => h.At).LastOrDefault();
        var comment = string.IsNullOrWhiteSpace(last?.Comment) ? "" : $"\n\nComment: {last.Comment}";
        var (subject, text) = request.Status switch
        {
            FundingStatus.InProgress => ($"Funding approved: {request.Title}",
                $"Your request was approved: {FundingRequest.Money(request.ApprovedAmount ?? 0)} and {UkFormat.Number(request.ApprovedLeaveHours ?? 0)} hours of study leave. A planned activity is in your CPD log."),
            FundingStatus.AwaitingBudgetHolder => ($"Funding request approved by your line manager: {request.Title}",
                "Your line manager approved your request. It now needs a budget holder's approval."),
            FundingStatus.Rejected => ($"Funding request rejected: {request.Title}", "Your request was rejected."),
            FundingStatus.Returned => ($"Funding request returned for changes: {request.Title}", "Your request was returned to you for changes. Edit it and submit it again."),
            _ => ($"Funding request updated: {request.Title}", $"Your request is now {FundingRequest.Describe(request.Status)}."),
        };
        await SendAsync(requester, subject, text + comment, address.Page("/Funding/Details", new { id = request.Id }));
        if (request.Status == FundingStatus.AwaitingCostApproval)
        {
            await TellApproversAsync(request, requester, $"Extra cost to decide: {request.Title}",
                $"{requester.DisplayName} completed \"{request.Title}\" at {FundingRequest.Money(request.ClaimedAmount ?? 0)}, more than the {FundingRequest.Money(request.ApprovedAmount ?? 0)} approved. Reason: {request.CostReason}", ct);
        }

        if (request.Status == FundingStatus.AwaitingBudgetHolder)
        {
            await TellApproversAsync(request, requester, $"Funding request needs a budget holder: {request.Title}",
                $"{requester.DisplayName}'s request for {FundingRequest.Money(request.ApprovedAmount ?? 0)} was approved by their line manager and needs your approval.", ct);
        }
    }

    public async Task ReminderAsync(Guid id, CancellationToken ct)
    {
        var (request, requester) = await LoadAsync(id, ct);
        if (request is null || requester is null || !request.IsPending)
        {
            return;
        }

        var days = (int)(calendar.Now - (request.AwaitingSince ?? calendar.Now)).TotalDays;
        await TellApproversAsync(request, requester, $"Reminder: funding request waiting {days} days: {request.Title}",
            $"{requester.DisplayName}'s request for \"{request.Title}\" has waited {days} days for your decision.", ct);
    }

    /// <summary>Mails everyone who decides next, with a link to the decision page.</summary>
    private async Task TellApproversAsync(FundingRequest request, CpdUser requester, string subject, string text, CancellationToken ct)
    {
        foreach (var approver in await ApproversAsync(request, requester, ct))
        {
            await SendAsync(approver, subject, text, address.Page("/Team/Decide", new { id = request.Id }));
        }
    }

    /// <summary>
    /// Who decides next: the line manager and any delegate active today, or the budget holders who hold the request's
    /// cost centre (never the requester, never the first approver).
    /// </summary>
    private async Task<List<CpdUser>> ApproversAsync(FundingRequest request, CpdUser requester, CancellationToken ct)
    {
        if (request.Status == FundingStatus.AwaitingBudgetHolder || (request.Status == FundingStatus.AwaitingCostApproval && request.CostNeedsBudgetHolder))
        {
            return await (from u in db.Users
                          join h in db.CostCentreHolders on u.Id equals h.UserId
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join role in db.Roles on ur.RoleId equals role.Id
                          where role.Name == Roles.BudgetHolder && h.CostCentre == request.CostCentre
                                && u.Id != requester.Id && (request.Status != FundingStatus.AwaitingBudgetHolder || u.Id != request.FirstApproverId)
                          select u).Distinct().ToListAsync(ct);
        }

        if (requester.LineManagerId is null)
        {
            return [];
        }

        var today = calendar.Today;
        var delegateIds = await db.ApprovalDelegations
            .Where(d => d.LineManagerId == requester.LineManagerId && d.From <= today && d.To >= today)
            .Select(d => d.DelegateId).ToListAsync(ct);
        var ids = delegateIds.Append(requester.LineManagerId).Where(i => i != requester.Id).Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync(ct);
    }

    private async Task<(FundingRequest?, CpdUser?)> LoadAsync(Guid id, CancellationToken ct)
    {
        var request = await db.FundingRequests.AsNoTracking().Include(r => r.History).SingleOrDefaultAsync(r => r.Id == id, ct);
        var requester = request is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.RequesterId, ct);
        return (request, requester);
    }

    private async Task SendAsync(CpdUser to, string subject, string text, string link)
    {
        if (string.IsNullOrEmpty(to.Email))
        {
            return;
        }

        var body = $"Dear {(string.IsNullOrEmpty(to.DisplayName) ? to.Email : to.DisplayName)},\n\n{text}\n\nOpen it in CpdLog: {link}\n";
        try
        {
            await mail.SendAsync(new EmailMessage(to.Email, to.DisplayName, subject, body), CancellationToken.None);
        }
        catch (Exception ex) when (MailFailure.IsDelivery(ex))
        {
            logger.LogError(ex, "Could not send funding e-mail \"{Subject}\" to {To}", subject, to.Email);
        }
    }
}
