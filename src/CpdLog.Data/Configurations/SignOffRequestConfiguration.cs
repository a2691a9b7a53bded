namespace CpdLog.Data.Configurations;

using CpdLog.Core.SignOffs;

internal sealed class SignOffRequestConfiguration : IEntityTypeConfiguration<SignOffRequest>
{
    public void Configure(EntityTypeBuilder<SignOffRequest> builder)
    {
        builder.ConfigureUserRows("SignOffRequests");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.SignerCategory).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.RecipientName).HasMaxLength(200);
        builder.Property(r => r.RecipientEmail).HasMaxLength(254);
        builder.Property(r => r.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.RegistrantName).HasMaxLength(256);
        builder.Property(r => r.BodyCode).HasMaxLength(20);
        builder.Property(r => r.BodyName).HasMaxLength(200);
        builder.Property(r => r.RegistrationNumber).HasMaxLength(100);
        builder.Property(r => r.SignerName).HasMaxLength(200);
        builder.Property(r => r.SignerRole).HasMaxLength(200);
        builder.Property(r => r.SignerProfessionalId).HasMaxLength(50);
        builder.Property(r => r.SignerRegulator).HasMaxLength(100);
        builder.Property(r => r.SignerAddress).HasMaxLength(500);
        builder.Property(r => r.SignerPostcode).HasMaxLength(20);
        builder.Property(r => r.DeclineReason).HasMaxLength(2000);
        builder.Property(r => r.ContentSha256).HasMaxLength(64);
        builder.Property(r => r.VerificationCode).HasMaxLength(11);
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => r.VerificationCode).IsUnique();
        builder.HasIndex(r => new { r.OwnerId, r.RegistrationId });
    }
}
