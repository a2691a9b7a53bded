namespace CpdLog.Data;

using CpdLog.Core.Registrations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>
/// The one database context: Identity, data-protection keys and every CpdLog record.
/// </summary>
/// <remarks>
/// The model is split into partial files per feature (<c>CpdLogDbContext.*.cs</c>); each entity has its own
/// <c>IEntityTypeConfiguration</c> under <c>Configurations/</c>. After changing the model, add a migration to BOTH
/// providers: <c>scripts/add-migration.sh Name</c> (runs <c>dotnet ef migrations add</c> against
/// <c>migrations/CpdLog.Migrations.Sqlite</c> and <c>migrations/CpdLog.Migrations.Postgres</c>).
/// </remarks>
public sealed partial class CpdLogDbContext(DbContextOptions<CpdLogDbContext> options)
    : IdentityDbContext<CpdUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ProfessionalRegistration> Registrations => Set<ProfessionalRegistration>();

    public DbSet<CpdActivity> Activities => Set<CpdActivity>();

    public DbSet<ReflectiveAccount> Reflections => Set<ReflectiveAccount>();

    public DbSet<FeedbackEntry> Feedback => Set<FeedbackEntry>();

    public DbSet<PracticeHoursEntry> PracticeHours => Set<PracticeHoursEntry>();

    public DbSet<ReflectiveDiscussion> Discussions => Set<ReflectiveDiscussion>();

    public DbSet<Confirmation> Confirmations => Set<Confirmation>();

    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CpdLogDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnlyRecords();
        var changes = ChangedOwners();
        var unnumbered = UnnumberedRecords();
        return changes.Count == 0 && unnumbered.Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : SaveStampedAsync(changes, unnumbered, acceptAllChangesOnSuccess, CancellationToken.None).GetAwaiter().GetResult();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnlyRecords();
        var changes = ChangedOwners();
        var unnumbered = UnnumberedRecords();
        return changes.Count == 0 && unnumbered.Count == 0
            ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : await SaveStampedAsync(changes, unnumbered, acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The funding and admin audit trails, every funding decision, every agreement acceptance, every security event and every sign-off event are evidence: once written they are
    /// never changed or removed, whatever code path tries. A correction is a new entry.
    /// </summary>
    private void GuardAppendOnlyRecords()
    {
        var tampered = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is Core.Funding.FundingAuditEntry or Core.Funding.FundingDecision or Core.Funding.AgreementAcceptance
                or Core.Administration.AdminAuditEntry or Security.SecurityEvent or Core.SignOffs.SignOffEvent)
            .Select(e => e.Metadata.ClrType.Name)
            .FirstOrDefault();
        if (tampered is not null)
        {
            throw new InvalidOperationException($"{tampered} records are append-only: they cannot be changed or deleted.");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native DateTimeOffset or decimal type: without converters it cannot compare or order them
        // in SQL. Store instants as UTC ticks and amounts as TEXT-free doubles would lose pennies, so decimals stay
        // as TEXT (exact) and are summed in memory; instants become sortable 64-bit integers.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
