namespace CpdLog.Data.Configurations;

using CpdLog.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.ToTable("SecurityEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.UserId);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("RefreshTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.UserId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.FamilyId);
        builder.Property(t => t.PasswordStamp).HasMaxLength(64);
    }
}

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

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("PersonalAccessTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.UserId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.Hint).HasMaxLength(16).IsRequired();
        builder.HasIndex(t => t.UserId);
    }
}
