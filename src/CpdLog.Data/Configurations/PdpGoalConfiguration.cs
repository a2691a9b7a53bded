namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class PdpGoalConfiguration : IEntityTypeConfiguration<PdpGoal>
{
    public void Configure(EntityTypeBuilder<PdpGoal> builder)
    {
        builder.ConfigureOwned("PdpGoals");
        builder.Property(g => g.Title).HasMaxLength(300).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(4000);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
    }
}
