namespace CpdLog.Data.Configurations;

using CpdLog.Core.Notifications;

internal sealed class ReminderRunConfiguration : IEntityTypeConfiguration<ReminderRun>
{
    public void Configure(EntityTypeBuilder<ReminderRun> builder)
    {
        builder.ToTable("ReminderRuns");
        builder.HasKey(r => r.Day);
        builder.Property(r => r.Instance).HasMaxLength(100);
    }
}
