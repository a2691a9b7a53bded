namespace CpdLog.Data.Configurations;

internal sealed class PracticeHoursEntryConfiguration : IEntityTypeConfiguration<PracticeHoursEntry>
{
    public void Configure(EntityTypeBuilder<PracticeHoursEntry> builder)
    {
        builder.ConfigureOwned("PracticeHours");
        builder.Property(p => p.Hours).HasHours();
        builder.Property(p => p.Organisation).HasMaxLength(300);
        builder.Property(p => p.WorkSetting).HasMaxLength(100);
        builder.Property(p => p.ScopeOfPractice).HasMaxLength(100);
        builder.Property(p => p.RegistrationType).HasMaxLength(50);
    }
}
