namespace CpdLog.Data.Configurations;

internal sealed class ConfirmationConfiguration : IEntityTypeConfiguration<Confirmation>
{
    public void Configure(EntityTypeBuilder<Confirmation> builder)
    {
        builder.ConfigureOwned("Confirmations");
        builder.Property(c => c.ConfirmerName).HasMaxLength(200);
        builder.Property(c => c.ConfirmerProfessionalId).HasMaxLength(50);
    }
}
