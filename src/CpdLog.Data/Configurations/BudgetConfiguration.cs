namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.ToTable("Budgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.CostCentre).HasMaxLength(FundingTextLimits.CostCentre).IsRequired();
        builder.Property(b => b.Allocated).HasMoney();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.CostCentre, b.FinancialYearStart }).IsUnique();
        builder.Ignore(b => b.Year);
    }
}
