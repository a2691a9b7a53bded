namespace CpdLog.Data.Configurations;

internal sealed class QualificationModuleConfiguration : IEntityTypeConfiguration<QualificationModule>
{
    public void Configure(EntityTypeBuilder<QualificationModule> builder)
    {
        builder.ToTable("QualificationModules");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever(); // a module added to a loaded qualification is new (Added), not an update
        builder.Property(m => m.Title).HasMaxLength(RecordValidation.MaxModuleTitle).IsRequired();
        builder.Property(m => m.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Mark).HasPrecision(5, 2);
        builder.PrimitiveCollection(m => m.ExamSittings);
        builder.Ignore(m => m.IsPassed);
        builder.Ignore(m => m.CompletedOn);
        builder.HasIndex(m => m.CpdActivityId);
    }
}
