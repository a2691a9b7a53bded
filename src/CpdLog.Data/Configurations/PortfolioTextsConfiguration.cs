namespace CpdLog.Data.Configurations;

using CpdLog.Core.Portfolio;
using CpdLog.Core.Registrations;

internal sealed class PortfolioTextsConfiguration : IEntityTypeConfiguration<PortfolioTexts>
{
    public void Configure(EntityTypeBuilder<PortfolioTexts> builder)
    {
        builder.ToTable("PortfolioTexts");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.OwnerId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProfessionalRegistration>().WithMany().HasForeignKey(t => t.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.OwnerId, t.RegistrationId }).IsUnique();
    }
}
