namespace CpdLog.Data;

public static class QueryExtensions
{
    /// <summary>Live (not binned) records of one owner: the start of every query on user data.</summary>
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> query, string ownerId)
        where T : OwnedRecord
        => query.Where(r => r.OwnerId == ownerId && r.DeletedAt == null);

    /// <summary>One owner's records in the bin.</summary>
    public static IQueryable<T> InBinOf<T>(this IQueryable<T> query, string ownerId)
        where T : OwnedRecord
        => query.Where(r => r.OwnerId == ownerId && r.DeletedAt != null);
}
