namespace CpdLog.Web.Infrastructure;

using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>The demo accounts every contributor can rely on.</summary>
public sealed record DemoUsers(CpdUser Manager, CpdUser SecondManager, CpdUser LineManager, CpdUser BudgetHolder, CpdUser Admin);
