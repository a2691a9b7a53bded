namespace CpdLog.Core.Records;

/// <summary>
/// Base for every record a user owns. Records are never hard-deleted by a user: a delete moves the
/// record to the bin (<see cref="DeletedAt"/> set) and it can be restored.
/// </summary>
public abstract class OwnedRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Identity user id of the owner. Every query on user data filters on it.</summary>
    public string OwnerId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when the record is in the bin; null for a live record.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Private items are left out of shared views and can be excluded from portfolios.</summary>
    public bool IsPrivate { get; set; }

    public bool IsDeleted => DeletedAt is not null;

    public void MoveToBin(DateTimeOffset now) => DeletedAt ??= now;

    public void Restore() => DeletedAt = null;
}
