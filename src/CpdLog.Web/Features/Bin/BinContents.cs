namespace CpdLog.Web.Features.Bin;

/// <summary>The user's binned records of every type in <see cref="RecordTypes.All"/>, most recently deleted first.</summary>
public static class BinContents
{
    public static async Task<List<BinItem>> ListAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
    {
        var items = new List<BinItem>();
        foreach (var type in RecordTypes.All)
        {
            items.AddRange(await type.ListBinAsync(db, ownerId, ct));
        }

        return [.. items.OrderByDescending(i => i.DeletedAt).ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Id)];
    }
}
