namespace CpdLog.Data.Configurations;

internal sealed class GapExplanationConfiguration : IEntityTypeConfiguration<GapExplanation>
{
    public void Configure(EntityTypeBuilder<GapExplanation> builder)
    {
        builder.ConfigureOwned("GapExplanations");
        builder.Property(g => g.Reason).HasMaxLength(RecordValidation.MaxGapReason).IsRequired();
    }
}
