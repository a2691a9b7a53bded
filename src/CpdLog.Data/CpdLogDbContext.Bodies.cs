namespace CpdLog.Data;

using CpdLog.Core.Compliance;

public sealed partial class CpdLogDbContext
{
    /// <summary>Professional bodies an Admin defined because the catalogue lacks them.</summary>
    public DbSet<CustomBodyDefinition> CustomBodies => Set<CustomBodyDefinition>();
}
