namespace CpdLog.Data.Configurations;

using CpdLog.Core.SignOffs;

internal sealed class SignOffEventConfiguration : IEntityTypeConfiguration<SignOffEvent>
{
    public void Configure(EntityTypeBuilder<SignOffEvent> builder)
    {
        builder.ToTable("SignOffEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.OwnerId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Kind).HasMaxLength(30).IsRequired();
        builder.Property(e => e.Actor).HasMaxLength(300);
        builder.Property(e => e.Details).HasMaxLength(8000);
        builder.Property(e => e.ContentSha256).HasMaxLength(64);
        builder.HasIndex(e => e.SignOffRequestId);
        builder.HasIndex(e => new { e.OwnerId, e.At });
    }
}
