namespace CpdLog.Web.Features.Funding;

/// <summary>The funding feature's one "now" and "today", and the financial year they fall in.</summary>
public sealed class FundingCalendar(TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => clock.UkToday();

    public FinancialYear CurrentYear => FinancialYear.Containing(Today);
}
