namespace CpdLog.Data.Configurations;

using System.Text.Json;
using CpdLog.Core.Compliance;
using CpdLog.Core.Registrations;
using Microsoft.EntityFrameworkCore.ChangeTracking;

internal sealed class ProfessionalRegistrationConfiguration : IEntityTypeConfiguration<ProfessionalRegistration>
{
    public void Configure(EntityTypeBuilder<ProfessionalRegistration> builder)
    {
        builder.ConfigureOwned("Registrations");
        builder.Property(r => r.BodyCode).HasMaxLength(20).IsRequired();
        builder.Property(r => r.RegistrationNumber).HasMaxLength(RegistrationValidation.MaxNumberLength);
        builder.Property(r => r.RuleVersion).HasMaxLength(20);

        // A custom body in use cannot be deleted out from under its registrations.
        builder.HasOne<CustomBodyDefinition>().WithMany().HasForeignKey(r => r.CustomBodyId).OnDelete(DeleteBehavior.Restrict);

        // Body options are a small bag of strings; JSON text keeps one schema for every body and both providers.
        builder.Property(r => r.Options)
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Default) ?? new())
            .Metadata.SetValueComparer(new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                v => new Dictionary<string, string>(v)));
    }
}
