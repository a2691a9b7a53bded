namespace CpdLog.Data.Configurations;

using CpdLog.Core.Notifications;

internal sealed class ReminderEventConfiguration : IEntityTypeConfiguration<ReminderEvent>
{
    public void Configure(EntityTypeBuilder<ReminderEvent> builder)
    {
        builder.ToTable("ReminderEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Cycle).HasMaxLength(10).IsRequired();
        builder.Property(e => e.Threshold).HasMaxLength(20).IsRequired();
        builder.Property(e => e.Instance).HasMaxLength(100);

        // The claim: an event is inserted before its e-mail is sent, and only the instance whose insert succeeds sends.
        builder.HasIndex(e => new { e.UserId, e.RegistrationId, e.Cycle, e.Threshold }).IsUnique();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
