namespace CpdLog.IntegrationTests.Records;

using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The guard of the descriptor list: every owned record type in the EF model (an entity deriving from
/// <see cref="OwnedRecord"/>, or any entity with an owner and a bin date) is in <see cref="RecordTypes.All"/>, so the
/// bin, the records overview, evidence, the API and the ownership tests cannot miss it.
/// </summary>
public sealed class RecordTypeListTests
{
    /// <summary>Owned entities that are deliberately not record types, each with its reason. (None today.)</summary>
    private static readonly Dictionary<Type, string> Exclusions = [];

    [Fact]
    public void EveryOwnedEntityInTheModel_IsInTheDescriptorList()
    {
        using var db = new CpdLogDbContext(new DbContextOptionsBuilder<CpdLogDbContext>().UseSqlite("Data Source=:memory:").Options);
        var owned = db.Model.GetEntityTypes()
            .Where(e => typeof(OwnedRecord).IsAssignableFrom(e.ClrType) || (e.FindProperty("OwnerId") is not null && e.FindProperty("DeletedAt") is not null))
            .Select(e => e.ClrType)
            .ToList();
        var listed = RecordTypes.All.Select(t => t.EntityType).ToHashSet();

        var missing = owned.Where(t => !listed.Contains(t) && !Exclusions.ContainsKey(t)).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

        Assert.True(owned.Count >= RecordTypes.All.Count, $"The model has {owned.Count} owned entities; the list names {RecordTypes.All.Count}");
        Assert.True(missing.Count == 0, "Owned entities missing from RecordTypes.All (add a descriptor, or an exclusion with its reason): " + string.Join(", ", missing));
    }

    [Fact]
    public void TheList_HasOneDescriptorPerEntity_AndUniqueSlugsAndPaths()
    {
        Assert.Equal(RecordTypes.All.Count, RecordTypes.All.Select(t => t.EntityType).Distinct().Count());
        Assert.Equal(RecordTypes.All.Count, RecordTypes.All.Select(t => t.Slug).Distinct(StringComparer.Ordinal).Count());
        var withPages = RecordTypes.All.Where(t => t.HasRecordPages).ToList();
        Assert.Equal(withPages.Count, withPages.Select(t => t.IndexPath).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RecordTypes.All.Where(t => t.Kind is not null), t => Assert.NotEmpty(t.EvidenceHint));
    }
}
