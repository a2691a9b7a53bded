namespace CpdLog.Data.Configurations;

using CpdLog.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class GapExplanationConfiguration : IEntityTypeConfiguration<GapExplanation>
{
    public void Configure(EntityTypeBuilder<GapExplanation> builder)
    {
        builder.ConfigureOwned("GapExplanations");
        builder.Property(g => g.Reason).HasMaxLength(RecordValidation.MaxGapReason).IsRequired();
    }
}
