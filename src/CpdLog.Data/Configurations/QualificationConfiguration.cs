namespace CpdLog.Data.Configurations;

/// <summary>
/// Qualifications and their modules: the modules are a child table owned by the qualification (cascade delete,
/// always loaded with it); the linked funding request and agreement ids are primitive collections (JSON text on
/// SQLite, uuid[] on PostgreSQL).
/// </summary>
internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder)
    {
        builder.ConfigureOwned("Qualifications");
        builder.Property(q => q.Title).HasMaxLength(RecordValidation.MaxQualificationTitle).IsRequired();
        builder.Property(q => q.AwardingBody).HasMaxLength(RecordValidation.MaxAwardingBody).IsRequired();
        builder.Property(q => q.Level).HasMaxLength(RecordValidation.MaxQualificationLevel).IsRequired();
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(q => q.FundingRequestIds);
        builder.PrimitiveCollection(q => q.AgreementIds);
        builder.Ignore(q => q.Progress);
        builder.HasMany(q => q.Modules).WithOne().HasForeignKey(m => m.QualificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Modules).AutoInclude();
    }
}
