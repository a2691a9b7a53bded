namespace CpdLog.Data.Configurations;

internal sealed class ReflectiveAccountConfiguration : IEntityTypeConfiguration<ReflectiveAccount>
{
    public void Configure(EntityTypeBuilder<ReflectiveAccount> builder)
    {
        builder.ConfigureOwned("ReflectiveAccounts");
        builder.Property(r => r.Title).HasMaxLength(300).IsRequired();
        builder.HasIndex(r => new { r.OwnerId, r.DeletedAt, r.Date });
    }
}
