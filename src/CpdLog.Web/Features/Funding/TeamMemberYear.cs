namespace CpdLog.Web.Features.Funding;

public sealed record TeamMemberYear(CpdUser Person, FinancialYear Year, decimal Committed, decimal Spent, StudyLeaveBalance Leave, int Registrations, decimal CompletedCpdHours);
