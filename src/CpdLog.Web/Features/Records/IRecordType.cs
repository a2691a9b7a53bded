namespace CpdLog.Web.Features.Records;

/// <summary>What the bin, the records overview, evidence and the tests need to know about any record type.</summary>
public interface IRecordType
{
    /// <summary>URL segment of the API (<c>/api/v1/{slug}</c>) and the bin (<c>/api/v1/bin/{slug}/{id}/restore</c>).</summary>
    string Slug { get; }

    /// <summary>The entity stored for this type (the guard test matches it against the EF model).</summary>
    Type EntityType { get; }

    /// <summary>The kind evidence is attached under; null when the type takes no evidence.</summary>
    RecordKind? Kind { get; }

    string Name { get; }

    string PluralName { get; }

    /// <summary>
    /// The folder of the type's pages under Features (<c>/Records/Reflections</c>), which is also its list's address: the
    /// list is the page <c>{IndexPath}/Index</c>, its Add, Edit and Delete pages are beside it.
    /// </summary>
    string IndexPath { get; }

    /// <summary>The type's list page, for <c>RedirectToPage</c> and <c>asp-page</c>.</summary>
    string IndexPage { get; }

    /// <summary>What the records overview says about the type; null keeps it off that page (it lives elsewhere).</summary>
    string? Description { get; }

    /// <summary>What makes good evidence for this type (the evidence panel's hint); empty without evidence.</summary>
    string EvidenceHint { get; }

    /// <summary>True when the type has Edit and Delete pages under <see cref="IndexPath"/>.</summary>
    bool HasRecordPages { get; }

    /// <summary>The page that shows one record with its evidence, when it is not the Edit page (activities, qualifications: Details).</summary>
    string? DetailsPage { get; }

    /// <summary>The page (route value <c>id</c>) that shows one record with its evidence panel (where evidence uploads return to).</summary>
    string RecordPage { get; }

    Task<int> CountAsync(CpdLogDbContext db, string ownerId, CancellationToken ct);

    Task<bool> ExistsAsync(CpdLogDbContext db, string ownerId, Guid id, CancellationToken ct);

    Task<IReadOnlyList<BinItem>> ListBinAsync(CpdLogDbContext db, string ownerId, CancellationToken ct);

    /// <summary>Takes one of the owner's records out of the bin; false when the owner has no such binned record.</summary>
    Task<bool> RestoreAsync(CpdLogDbContext db, string ownerId, Guid id, DateTimeOffset now, CancellationToken ct);
}
