namespace CpdLog.Web.Features.Archive;

using CpdLog.Core.Archive;

/// <summary>
/// One import in the making: the person's id map (what earlier imports brought in, and the ids given now), the new
/// records, the counts per type and the highest reference kept per prefix.
/// </summary>
public sealed class ImportPlan(string ownerId, DateTimeOffset now, Dictionary<(string Type, Guid ArchiveId), Guid> known)
{
    private readonly Dictionary<(string Type, Guid ArchiveId), ArchiveImportMapEntry> _added = [];
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    public string OwnerId => ownerId;

    public List<(IRecordType Type, Guid ArchiveId, OwnedRecord Record)> NewRecords { get; } = [];

    public Dictionary<string, int> Imported { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public IEnumerable<ArchiveImportMapEntry> MapEntries => _added.Values;

    /// <summary>The highest reference number kept, per prefix ("A", "E", ...).</summary>
    public IReadOnlyDictionary<string, int> Counters => _counters;

    public bool IsKnown(string type, Guid archiveId) => known.ContainsKey((type, archiveId));

    /// <summary>A new id for an archive record, remembered in the map (and counted as imported).</summary>
    public Guid Assign(string type, Guid archiveId)
    {
        var id = Guid.NewGuid();
        known[(type, archiveId)] = id;
        _added[(type, archiveId)] = new ArchiveImportMapEntry
        {
            OwnerId = ownerId,
            RecordType = type,
            ArchiveId = archiveId,
            NewId = id,
            ImportedAt = now,
        };
        Count(type);
        return id;
    }

    public void Count(string type) => Imported[type] = Imported.GetValueOrDefault(type) + 1;

    public void Skip(string type) => Skipped[type] = Skipped.GetValueOrDefault(type) + 1;

    /// <summary>The id here of a record the archive links to (imported now or before); null when the archive does not hold it.</summary>
    public Guid? Follow(string type, Guid? archiveId) => archiveId is { } id && known.TryGetValue((type, id), out var mapped) ? mapped : null;

    /// <summary>Records that a confirmation or discussion was signed electronically where it came from.</summary>
    public void MarkSigned(string type, Guid archiveId) => _added[(type, archiveId)].SignedElsewhere = true;

    public void RaiseCounter(string prefix, int number) => _counters[prefix] = Math.Max(_counters.GetValueOrDefault(prefix), number);
}
