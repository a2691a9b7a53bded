namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class AgreementTemplateConfiguration : IEntityTypeConfiguration<AgreementTemplate>
{
    public void Configure(EntityTypeBuilder<AgreementTemplate> builder)
    {
        builder.ToTable("AgreementTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(FundingTextLimits.TemplateName).IsRequired();
        builder.Property(t => t.MinFees).HasMoney();
        builder.Property(t => t.ScheduleKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Tiers).HasMaxLength(FundingTextLimits.Tiers);
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.HasIndex(t => new { t.FamilyId, t.Version }).IsUnique();
        builder.Ignore(t => t.Schedule);
    }
}
