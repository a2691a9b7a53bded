namespace CpdLog.Data.Configurations;

/// <summary>CpdLog's own columns on the Identity user table (Identity maps the rest).</summary>
internal sealed class CpdUserConfiguration : IEntityTypeConfiguration<CpdUser>
{
    public void Configure(EntityTypeBuilder<CpdUser> builder) =>
        // The team view and the approval queue find a line manager's reports by this column.
        builder.HasIndex(u => u.LineManagerId);
}
