namespace CpdLog.Web.Infrastructure;

/// <summary>The demo accounts every contributor can rely on.</summary>
public sealed record DemoUsers(CpdUser Manager, CpdUser SecondManager, CpdUser LineManager, CpdUser BudgetHolder, CpdUser Admin);
