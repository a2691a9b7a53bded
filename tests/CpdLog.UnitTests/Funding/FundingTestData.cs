namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;

/// <summary>Sane defaults for funding tests: a £450 course next month, a line manager and a budget holder.</summary>
internal static class FundingTestData
{
    public const string Requester = "requester";
    public const string LineManager = "line-manager";
    public const string BudgetHolder = "budget-holder";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static FundingRequestDetails Details(decimal tuition = 400m, decimal exam = 50m, DateOnly? start = null, decimal leave = 7.5m) =>
        new("CIPFA Certificate in IPSAS", "CIPFA", start ?? Today.AddDays(30), (start ?? Today.AddDays(30)).AddMonths(3), StudyMode.Online, null,
            tuition, exam, 0m, 0m, leave, "", 40m, 0, "Needed for the IPSAS conversion.", "Lead the conversion.");

    public static FundingRequest Submitted(decimal tuition = 400m, decimal exam = 50m, DateOnly? start = null)
    {
        var (request, _) = FundingRequest.Create(Requester, Details(tuition, exam, start), Now);
        request!.Submit(Requester, "FIN-100", Now);
        return request;
    }

    public static DecisionContext As(string actor, ApproverAuthority authority) => new(actor, authority, Now, Today);

    public static ApprovalFacts Facts(decimal remaining = 10_000m, bool agreementRequired = false, bool accepted = false) =>
        new(1000m, new BudgetPosition("FIN-100", new FinancialYear(2026), remaining, 0m, 0m), agreementRequired, accepted);
}
