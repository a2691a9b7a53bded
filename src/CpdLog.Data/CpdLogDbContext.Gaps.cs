namespace CpdLog.Data;

public sealed partial class CpdLogDbContext
{
    /// <summary>Explanations of gaps in a user's CPD record (always private to the owner).</summary>
    public DbSet<GapExplanation> GapExplanations => Set<GapExplanation>();
}
