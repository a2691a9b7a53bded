namespace CpdLog.Core.Records;

/// <summary>
/// The last reference number given to one user's records of one type (<see cref="Prefix"/> is "A", "E", ...).
/// Incremented in the same transaction as the records it numbers; never decremented.
/// </summary>
public sealed class RecordCounter
{
    public string OwnerId { get; set; } = "";

    public string Prefix { get; set; } = "";

    public int Last { get; set; }
}
