namespace CpdLog.Data.Configurations;

using CpdLog.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class CpdActivityConfiguration : IEntityTypeConfiguration<CpdActivity>
{
    public void Configure(EntityTypeBuilder<CpdActivity> builder)
    {
        builder.ConfigureOwned("CpdActivities");
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Hours).HasHours();
        builder.Property(a => a.ParticipatoryHours).HasHours();
        builder.Property(a => a.Tags).HasMaxLength(500);
        builder.Property(a => a.Standards).HasMaxLength(1000);
        builder.HasIndex(a => a.FundingRequestId);

        // The CPD log lists newest first and the team view sums a year: owner, bin flag, then end date.
        builder.HasIndex(a => new { a.OwnerId, a.DeletedAt, a.EndDate });
    }
}

internal sealed class ReflectiveAccountConfiguration : IEntityTypeConfiguration<ReflectiveAccount>
{
    public void Configure(EntityTypeBuilder<ReflectiveAccount> builder)
    {
        builder.ConfigureOwned("ReflectiveAccounts");
        builder.Property(r => r.Title).HasMaxLength(300).IsRequired();
        builder.HasIndex(r => new { r.OwnerId, r.DeletedAt, r.Date });
    }
}

internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> builder)
    {
        builder.ConfigureOwned("FeedbackEntries");
        builder.Property(f => f.Type).HasMaxLength(100);
        builder.HasIndex(f => new { f.OwnerId, f.DeletedAt, f.Date });
    }
}

internal sealed class PracticeHoursEntryConfiguration : IEntityTypeConfiguration<PracticeHoursEntry>
{
    public void Configure(EntityTypeBuilder<PracticeHoursEntry> builder)
    {
        builder.ConfigureOwned("PracticeHours");
        builder.Property(p => p.Hours).HasHours();
        builder.Property(p => p.Organisation).HasMaxLength(300);
        builder.Property(p => p.WorkSetting).HasMaxLength(100);
        builder.Property(p => p.ScopeOfPractice).HasMaxLength(100);
        builder.Property(p => p.RegistrationType).HasMaxLength(50);
    }
}

internal sealed class ReflectiveDiscussionConfiguration : IEntityTypeConfiguration<ReflectiveDiscussion>
{
    public void Configure(EntityTypeBuilder<ReflectiveDiscussion> builder)
    {
        builder.ConfigureOwned("ReflectiveDiscussions");
        builder.Property(d => d.PartnerName).HasMaxLength(200);
        builder.Property(d => d.PartnerNmcPin).HasMaxLength(20);
    }
}

internal sealed class ConfirmationConfiguration : IEntityTypeConfiguration<Confirmation>
{
    public void Configure(EntityTypeBuilder<Confirmation> builder)
    {
        builder.ConfigureOwned("Confirmations");
        builder.Property(c => c.ConfirmerName).HasMaxLength(200);
        builder.Property(c => c.ConfirmerProfessionalId).HasMaxLength(50);
    }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder) => builder.ConfigureOwned("Declarations");
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ConfigureOwned("EvidenceFiles");
        builder.Property(e => e.FileName).HasMaxLength(255).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.StorageKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => new { e.RecordKind, e.RecordId });
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.Standards).HasMaxLength(200);
    }
}

internal sealed class RecordCounterConfiguration : IEntityTypeConfiguration<RecordCounter>
{
    public void Configure(EntityTypeBuilder<RecordCounter> builder)
    {
        builder.ToTable("RecordCounters");
        builder.HasKey(c => new { c.OwnerId, c.Prefix });
        builder.Property(c => c.OwnerId).HasMaxLength(450);
        builder.Property(c => c.Prefix).HasMaxLength(4);
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
