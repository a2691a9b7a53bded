namespace CpdLog.Data;

/// <summary>
/// A per-user stamp that changes in the same <c>SaveChanges</c> as any write to a record the user owns (see
/// <see cref="CpdLogDbContext"/>). Caches of results computed from a user's records (compliance) key on it, so a write
/// on one app instance invalidates the caches of every instance that shares the database.
/// </summary>
public sealed class UserDataVersion
{
    /// <summary>The key of the row that changes whenever an administrator adds, edits or removes a custom body.</summary>
    public const string CustomBodiesKey = "~custom-bodies";

    /// <summary>The owner's Identity user id, or <see cref="CustomBodiesKey"/>.</summary>
    public string UserId { get; set; } = "";

    /// <summary>A random 64-bit value, replaced on every write: two concurrent writes can never leave the same stamp.</summary>
    public long Stamp { get; set; }
}
