namespace CpdLog.Data;

using CpdLog.Core.Administration;
using CpdLog.Core.Funding;

/// <summary>Administration: which budget holder holds which cost centre, and the append-only admin audit.</summary>
public sealed partial class CpdLogDbContext
{
    public DbSet<CostCentreHolder> CostCentreHolders => Set<CostCentreHolder>();

    /// <summary>Append-only: code only ever adds entries.</summary>
    public DbSet<AdminAuditEntry> AdminAudit => Set<AdminAuditEntry>();
}
