namespace CpdLog.Data;

/// <summary>
/// A per-user change number that grows by one in the same transaction as any save that adds, changes or removes
/// something the user owns (see <see cref="CpdLogDbContext"/>), with a <see cref="UserDataChange"/> entry naming each
/// changed record. Caches of results computed from a user's records (compliance) key on it, so a write on one app
/// instance invalidates the caches of every instance that shares the database, and a cache can catch up by reading
/// only the records changed since the number it holds.
/// </summary>
public sealed class UserDataVersion
{
    /// <summary>The key of the row that changes whenever an administrator adds, edits or removes a custom body.</summary>
    public const string CustomBodiesKey = "~custom-bodies";

    /// <summary>The owner's Identity user id, or <see cref="CustomBodiesKey"/>.</summary>
    public string UserId { get; set; } = "";

    /// <summary>
    /// The number of the last save that changed the user's data. It is raised with one atomic statement under the
    /// row lock (PostgreSQL) or the write lock (SQLite), so concurrent saves get distinct, increasing numbers and a
    /// reader that sees number N also sees every change up to N.
    /// </summary>
    public long Stamp { get; set; }
}
