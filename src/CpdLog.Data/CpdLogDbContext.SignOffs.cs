namespace CpdLog.Data;

using CpdLog.Core.SignOffs;

/// <summary>Sign-off by e-mail: the requests and their append-only audit.</summary>
public sealed partial class CpdLogDbContext
{
    public DbSet<SignOffRequest> SignOffRequests => Set<SignOffRequest>();

    /// <summary>Append-only: code only ever adds entries (see <c>GuardAppendOnlyRecords</c>).</summary>
    public DbSet<SignOffEvent> SignOffEvents => Set<SignOffEvent>();
}
