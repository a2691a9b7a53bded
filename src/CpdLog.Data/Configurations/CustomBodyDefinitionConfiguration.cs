namespace CpdLog.Data.Configurations;

using System.Text.Json;
using System.Text.Json.Serialization;
using CpdLog.Core.Compliance;
using Microsoft.EntityFrameworkCore.ChangeTracking;

internal sealed class CustomBodyDefinitionConfiguration : IEntityTypeConfiguration<CustomBodyDefinition>
{
    public void Configure(EntityTypeBuilder<CustomBodyDefinition> builder)
    {
        builder.ToTable("CustomBodies");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Code).HasMaxLength(CustomBodyValidation.MaxCode).IsRequired();

        // Registrations refer to a body by code, so a code names one body only.
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(CustomBodyValidation.MaxName).IsRequired();
        builder.Property(b => b.Notes).HasMaxLength(CustomBodyValidation.MaxNotes);
        builder.Property(b => b.AnchorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.RequiredHours).HasPrecision(9, 2);
        builder.Property(b => b.RequiredParticipatoryHours).HasPrecision(9, 2);
        builder.Property(b => b.RequiredVerifiableHours).HasPrecision(9, 2);

        // Earlier rule versions: a short, append-only list read with the body; JSON text works on both providers.
        builder.Property(b => b.EarlierVersions)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => string.IsNullOrEmpty(v) ? new() : JsonSerializer.Deserialize<List<CustomBodyRules>>(v, Json) ?? new())
            .Metadata.SetValueComparer(new ValueComparer<List<CustomBodyRules>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, r) => HashCode.Combine(h, r)),
                v => v.ToList()));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
