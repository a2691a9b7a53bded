namespace CpdLog.Data.Configurations;

internal sealed class UserDataChangeConfiguration : IEntityTypeConfiguration<UserDataChange>
{
    public void Configure(EntityTypeBuilder<UserDataChange> builder)
    {
        builder.ToTable("UserDataChanges");

        // The key leads with (UserId, Stamp): "this user's changes after stamp S" and pruning are range scans of it.
        builder.HasKey(c => new { c.UserId, c.Stamp, c.Kind, c.EntityId });
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Kind).HasMaxLength(64);
    }
}
