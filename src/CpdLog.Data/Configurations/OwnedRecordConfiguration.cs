namespace CpdLog.Data.Configurations;

/// <summary>Shared mapping of <see cref="OwnedRecord"/> columns (owner index and the bin flag) and of other per-user tables.</summary>
internal static class OwnedRecordConfiguration
{
    public static void ConfigureOwned<T>(this EntityTypeBuilder<T> builder, string table)
        where T : OwnedRecord
    {
        builder.ConfigureUserRows(table);
        builder.HasIndex(r => new { r.OwnerId, r.DeletedAt });
        builder.Ignore(r => r.IsDeleted);
        if (typeof(IReferencedRecord).IsAssignableFrom(typeof(T)))
        {
            // One number per owner and type, ever: the counter gives them, the index proves it.
            builder.Property<int>(nameof(IReferencedRecord.Number));
            builder.HasIndex(nameof(OwnedRecord.OwnerId), nameof(IReferencedRecord.Number)).IsUnique();
        }
    }

    /// <summary>
    /// A table of one user's rows, records or not: keyed by <c>Id</c>, owned through <c>OwnerId</c> (an Identity user
    /// id) and removed with the user.
    /// </summary>
    public static void ConfigureUserRows<T>(this EntityTypeBuilder<T> builder, string table)
        where T : class
    {
        builder.ToTable(table);
        builder.HasKey(nameof(OwnedRecord.Id));
        builder.Property<string>(nameof(OwnedRecord.OwnerId)).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(nameof(OwnedRecord.OwnerId)).OnDelete(DeleteBehavior.Cascade);
    }

    public static PropertyBuilder<decimal> HasHours(this PropertyBuilder<decimal> property) => property.HasPrecision(9, 2);
}
