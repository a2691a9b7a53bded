namespace CpdLog.Web.Features.Archive;

/// <summary>Which custom body here each of the archive's custom bodies becomes, and the definitions to add.</summary>
public sealed class CustomBodyPlan
{
    private readonly Dictionary<Guid, Guid> _ids = [];

    public List<CustomBodyDefinition> New { get; } = [];

    public void Add(Guid archiveId, Guid id) => _ids[archiveId] = id;

    public Guid? IdFor(Guid archiveId) => _ids.TryGetValue(archiveId, out var id) ? id : null;
}
