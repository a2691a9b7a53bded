namespace CpdLog.Data.Configurations;

using CpdLog.Data.Security;

internal sealed class ExternalLoginConfiguration : IEntityTypeConfiguration<ExternalLogin>
{
    public void Configure(EntityTypeBuilder<ExternalLogin> builder)
    {
        builder.ToTable("ExternalLogins");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.UserId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Provider).HasMaxLength(64).IsRequired();
        builder.Property(l => l.Issuer).HasMaxLength(256).IsRequired();
        builder.Property(l => l.TenantId).HasMaxLength(64).IsRequired();
        builder.Property(l => l.ObjectId).HasMaxLength(64).IsRequired();
        builder.Property(l => l.LinkedBy).HasMaxLength(64).IsRequired();
        builder.Property(l => l.LastEmailClaim).HasMaxLength(256);

        // One organisation identity belongs to at most one local account.
        builder.HasIndex(l => new { l.Issuer, l.TenantId, l.ObjectId }).IsUnique();
        builder.HasIndex(l => l.UserId);
    }
}
