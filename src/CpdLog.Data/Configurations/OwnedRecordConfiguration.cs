namespace CpdLog.Data.Configurations;

/// <summary>Shared mapping of <see cref="OwnedRecord"/> columns: owner index and the bin flag.</summary>
internal static class OwnedRecordConfiguration
{
    public static void ConfigureOwned<T>(this EntityTypeBuilder<T> builder, string table)
        where T : OwnedRecord
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.OwnerId).HasMaxLength(450).IsRequired();
        builder.HasIndex(r => new { r.OwnerId, r.DeletedAt });
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.IsDeleted);
        if (typeof(IReferencedRecord).IsAssignableFrom(typeof(T)))
        {
            // One number per owner and type, ever: the counter gives them, the index proves it.
            builder.Property<int>(nameof(IReferencedRecord.Number));
            builder.HasIndex(nameof(OwnedRecord.OwnerId), nameof(IReferencedRecord.Number)).IsUnique();
        }
    }

    public static PropertyBuilder<decimal> HasHours(this PropertyBuilder<decimal> property) => property.HasPrecision(9, 2);
}
