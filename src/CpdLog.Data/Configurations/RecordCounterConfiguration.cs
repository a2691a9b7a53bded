namespace CpdLog.Data.Configurations;

internal sealed class RecordCounterConfiguration : IEntityTypeConfiguration<RecordCounter>
{
    public void Configure(EntityTypeBuilder<RecordCounter> builder)
    {
        builder.ToTable("RecordCounters");
        builder.HasKey(c => new { c.OwnerId, c.Prefix });
        builder.Property(c => c.OwnerId).HasMaxLength(450);
        builder.Property(c => c.Prefix).HasMaxLength(4);
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
