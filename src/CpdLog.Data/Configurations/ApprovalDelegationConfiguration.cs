namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class ApprovalDelegationConfiguration : IEntityTypeConfiguration<ApprovalDelegation>
{
    public void Configure(EntityTypeBuilder<ApprovalDelegation> builder)
    {
        builder.ToTable("ApprovalDelegations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.LineManagerId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.DelegateId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(d => d.LineManagerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(d => d.DelegateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.DelegateId);
    }
}
