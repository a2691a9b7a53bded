namespace CpdLog.Data.Configurations;

internal sealed class ReflectiveDiscussionConfiguration : IEntityTypeConfiguration<ReflectiveDiscussion>
{
    public void Configure(EntityTypeBuilder<ReflectiveDiscussion> builder)
    {
        builder.ConfigureOwned("ReflectiveDiscussions");
        builder.Property(d => d.PartnerName).HasMaxLength(200);
        builder.Property(d => d.PartnerNmcPin).HasMaxLength(20);
    }
}
