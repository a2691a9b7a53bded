namespace CpdLog.Data.Configurations;

using CpdLog.Core.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class CustomBodyDefinitionConfiguration : IEntityTypeConfiguration<CustomBodyDefinition>
{
    public void Configure(EntityTypeBuilder<CustomBodyDefinition> builder)
    {
        builder.ToTable("CustomBodies");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Code).HasMaxLength(20).IsRequired();

        // Registrations refer to a body by code, so a code names one body only.
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Notes).HasMaxLength(2000);
        builder.Property(b => b.AnchorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.RequiredHours).HasPrecision(9, 2);
        builder.Property(b => b.RequiredParticipatoryHours).HasPrecision(9, 2);
        builder.Property(b => b.RequiredVerifiableHours).HasPrecision(9, 2);
    }
}
