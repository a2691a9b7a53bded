namespace CpdLog.Data;

/// <summary>Role names. Every account is a Manager (it logs its own CPD); the others are added by an Admin.</summary>
public static class Roles
{
    public const string Manager = nameof(Manager);
    public const string LineManager = nameof(LineManager);
    public const string BudgetHolder = nameof(BudgetHolder);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Manager, LineManager, BudgetHolder, Admin];
}
