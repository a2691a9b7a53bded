namespace CpdLog.Data.Configurations;

internal sealed class CpdActivityConfiguration : IEntityTypeConfiguration<CpdActivity>
{
    public void Configure(EntityTypeBuilder<CpdActivity> builder)
    {
        builder.ConfigureOwned("CpdActivities");
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Hours).HasHours();
        builder.Property(a => a.ParticipatoryHours).HasHours();
        builder.Property(a => a.Tags).HasMaxLength(500);
        builder.Property(a => a.Standards).HasMaxLength(1000);
        builder.HasIndex(a => a.FundingRequestId);

        // The CPD log lists newest first and the team view sums a year: owner, bin flag, then end date.
        builder.HasIndex(a => new { a.OwnerId, a.DeletedAt, a.EndDate });
    }
}
