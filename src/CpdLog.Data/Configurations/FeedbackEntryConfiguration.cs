namespace CpdLog.Data.Configurations;

internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> builder)
    {
        builder.ConfigureOwned("FeedbackEntries");
        builder.Property(f => f.Type).HasMaxLength(100);
        builder.HasIndex(f => new { f.OwnerId, f.DeletedAt, f.Date });
    }
}
