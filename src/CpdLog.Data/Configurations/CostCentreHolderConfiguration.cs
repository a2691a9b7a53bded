namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class CostCentreHolderConfiguration : IEntityTypeConfiguration<CostCentreHolder>
{
    public void Configure(EntityTypeBuilder<CostCentreHolder> builder)
    {
        builder.ToTable("CostCentreHolders");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.UserId).HasMaxLength(450).IsRequired();
        builder.Property(h => h.CostCentre).HasMaxLength(50).IsRequired();
        builder.Property(h => h.AssignedById).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.UserId, h.CostCentre }).IsUnique();
        builder.HasIndex(h => h.CostCentre);
    }
}
