namespace CpdLog.Data;

/// <summary>
/// One entry of a user's change log: the record (<see cref="Kind"/>, <see cref="EntityId"/>) that the save which set the
/// user's <see cref="UserDataVersion.Stamp"/> to <see cref="Stamp"/> added, changed or removed. A save that changed
/// none of the user's records (only, say, a funding request) writes one marker entry (empty kind, empty id), so every
/// stamp has at least one entry and a reader can tell a complete log from a pruned one. Written by
/// <see cref="CpdLogDbContext"/> in the same transaction as the change; the oldest entries are pruned.
/// </summary>
public sealed class UserDataChange
{
    /// <summary>The owner's Identity user id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The owner's stamp set by the save that made this change.</summary>
    public long Stamp { get; set; }

    /// <summary>The changed record's type name (e.g. <c>CpdActivity</c>); empty for a marker.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The changed record's id; <see cref="Guid.Empty"/> for a marker.</summary>
    public Guid EntityId { get; set; }
}
