namespace CpdLog.Core.Funding;

public sealed record StudyLeaveBalance(FinancialYear Year, decimal Allowance, decimal Taken, decimal Booked)
{
    public decimal Remaining => FundingLimits.Add(FundingLimits.Add(Allowance, -Taken), -Booked);
}
