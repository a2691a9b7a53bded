namespace CpdLog.Data.Configurations;

internal sealed class UserDataVersionConfiguration : IEntityTypeConfiguration<UserDataVersion>
{
    public void Configure(EntityTypeBuilder<UserDataVersion> builder)
    {
        builder.ToTable("UserDataVersions");
        builder.HasKey(v => v.UserId);
        builder.Property(v => v.UserId).HasMaxLength(450);
    }
}
