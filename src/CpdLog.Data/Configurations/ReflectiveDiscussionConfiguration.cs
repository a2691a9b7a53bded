namespace CpdLog.Data.Configurations;

using CpdLog.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class ReflectiveDiscussionConfiguration : IEntityTypeConfiguration<ReflectiveDiscussion>
{
    public void Configure(EntityTypeBuilder<ReflectiveDiscussion> builder)
    {
        builder.ConfigureOwned("ReflectiveDiscussions");
        builder.Property(d => d.PartnerName).HasMaxLength(200);
        builder.Property(d => d.PartnerNmcPin).HasMaxLength(20);
    }
}
