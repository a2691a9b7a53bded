namespace CpdLog.Data.Configurations;

using CpdLog.Core.Portfolio;

internal sealed class IssuedPortfolioConfiguration : IEntityTypeConfiguration<IssuedPortfolio>
{
    public void Configure(EntityTypeBuilder<IssuedPortfolio> builder)
    {
        // Closing an account removes what it issued: its portfolios then verify as "not recognised".
        builder.ConfigureUserRows("IssuedPortfolios");
        builder.HasIndex(p => new { p.OwnerId, p.GeneratedAt });

        builder.Property(p => p.VerificationCode).HasMaxLength(11).IsRequired();
        builder.HasIndex(p => p.VerificationCode).IsUnique();
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(p => p.Sha256);

        // No foreign key to the registration: the record must outlive it (the details are copied).
        builder.Property(p => p.BodyCode).HasMaxLength(20).IsRequired();
        builder.Property(p => p.RegistrationNumber).HasMaxLength(50);
        builder.Property(p => p.OwnerDisplayName).HasMaxLength(256);
        builder.Property(p => p.Template).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.StorageKey).HasMaxLength(64);
    }
}
