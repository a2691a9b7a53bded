namespace CpdLog.Data.Configurations;

internal static class FundingMapping
{
    /// <summary>Money: exact decimal, pounds and pence.</summary>
    public static PropertyBuilder<decimal> HasMoney(this PropertyBuilder<decimal> property) => property.HasPrecision(12, 2);

    public static PropertyBuilder<decimal?> HasMoney(this PropertyBuilder<decimal?> property) => property.HasPrecision(12, 2);
}
