namespace CpdLog.Web.Infrastructure.Forms;

/// <summary>Marks a <c>decimal</c> form field as an amount of money, bound by <see cref="MoneyModelBinder"/> ("£1,200.50").</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MoneyAttribute : Attribute;
