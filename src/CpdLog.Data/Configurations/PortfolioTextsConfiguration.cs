namespace CpdLog.Data.Configurations;

using CpdLog.Core.Portfolio;
using CpdLog.Core.Registrations;

internal sealed class PortfolioTextsConfiguration : IEntityTypeConfiguration<PortfolioTexts>
{
    public void Configure(EntityTypeBuilder<PortfolioTexts> builder)
    {
        builder.ConfigureUserRows("PortfolioTexts");
        builder.HasOne<ProfessionalRegistration>().WithMany().HasForeignKey(t => t.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.OwnerId, t.RegistrationId }).IsUnique();
    }
}
