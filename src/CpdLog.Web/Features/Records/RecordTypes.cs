namespace CpdLog.Web.Features.Records;

using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Features.Shared.TagHelpers;
using Microsoft.EntityFrameworkCore;

/// <summary>One deleted record as the bin shows it. <see cref="Kind"/> is the record type's slug.</summary>
public sealed record BinItem(string Kind, string KindName, Guid Id, string Description, DateTimeOffset DeletedAt);

/// <summary>What the bin, the records overview and evidence need to know about any record type.</summary>
public interface IRecordType
{
    /// <summary>URL segment of the API (<c>/api/v1/{slug}</c>) and the bin (<c>/api/v1/bin/{slug}/{id}/restore</c>).</summary>
    string Slug { get; }

    /// <summary>The kind evidence is attached under; null for evidence itself.</summary>
    RecordKind? Kind { get; }

    string Name { get; }

    string PluralName { get; }

    string IndexPath { get; }

    /// <summary>The page that shows one record with its evidence panel (where evidence uploads return to).</summary>
    string RecordPath(Guid id);

    Task<int> CountAsync(CpdLogDbContext db, string ownerId, CancellationToken ct);

    Task<bool> ExistsAsync(CpdLogDbContext db, string ownerId, Guid id, CancellationToken ct);

    Task<IReadOnlyList<BinItem>> ListBinAsync(CpdLogDbContext db, string ownerId, CancellationToken ct);

    /// <summary>Takes one of the owner's records out of the bin; false when the owner has no such binned record.</summary>
    Task<bool> RestoreAsync(CpdLogDbContext db, string ownerId, Guid id, DateTimeOffset now, CancellationToken ct);
}

public sealed class RecordType<T>(
    string slug,
    RecordKind? kind,
    string name,
    string pluralName,
    string indexPath,
    string apiName,
    Func<T, string> describe,
    Func<IQueryable<T>, IOrderedQueryable<T>> order,
    string orderDescription,
    string? recordPathPrefix = null) : IRecordType
    where T : OwnedRecord
{
    public string Slug => slug;

    /// <summary>How <see cref="Owned"/> orders the records, in words for the API documentation.</summary>
    public string OrderDescription => orderDescription;

    public RecordKind? Kind => kind;

    public string Name => name;

    public string PluralName => pluralName;

    public string IndexPath => indexPath;

    /// <summary>The Edit page, which shows the evidence panel below the form, unless the type has its own page.</summary>
    public string RecordPath(Guid id) => $"{recordPathPrefix ?? indexPath + "/Edit"}/{id}";

    /// <summary>PascalCase name used for OpenAPI tags and operation ids.</summary>
    public string ApiName => apiName;

    public string Describe(T record) => describe(record);

    /// <summary>The owner's live records in display order: a total order (the id breaks ties), so pages never overlap.</summary>
    public IQueryable<T> Owned(CpdLogDbContext db, string ownerId) => order(db.Set<T>().OwnedBy(ownerId));

    public Task<T?> FindAsync(CpdLogDbContext db, string ownerId, Guid id, CancellationToken ct)
        => db.Set<T>().OwnedBy(ownerId).FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<int> CountAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
        => db.Set<T>().OwnedBy(ownerId).CountAsync(ct);

    public Task<bool> ExistsAsync(CpdLogDbContext db, string ownerId, Guid id, CancellationToken ct)
        => db.Set<T>().OwnedBy(ownerId).AnyAsync(r => r.Id == id, ct);

    public async Task<IReadOnlyList<BinItem>> ListBinAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
    {
        var binned = await db.Set<T>().InBinOf(ownerId).ToListAsync(ct);
        return [.. binned.Select(r => new BinItem(slug, name, r.Id, describe(r), r.DeletedAt!.Value))];
    }

    public async Task<bool> RestoreAsync(CpdLogDbContext db, string ownerId, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var record = await db.Set<T>().InBinOf(ownerId).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return false;
        }

        record.Restore();
        record.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return true;
    }
}

/// <summary>The catalogue of record types this feature owns.</summary>
public static class RecordTypes
{
    public static readonly RecordType<CpdActivity> Activities = new(
        "activities", RecordKind.Activity, "CPD activity", "CPD activities", "/Activities", "Activities",
        a => $"{a.Title} ({RecordFormat.DateRange(a.StartDate, a.EndDate)})",
        q => q.OrderByDescending(a => a.EndDate).ThenByDescending(a => a.StartDate).ThenBy(a => a.Title).ThenBy(a => a.Id),
        "latest end date first, then latest start date, title and id",
        "/Activities/Details");

    public static readonly RecordType<ReflectiveAccount> Reflections = new(
        "reflections", RecordKind.Reflection, "Reflective account", "Reflective accounts", "/Records/Reflections", "Reflections",
        r => $"{r.Title} ({RecordFormat.ShortDate(r.Date)})",
        q => q.OrderByDescending(r => r.Date).ThenBy(r => r.Title).ThenBy(r => r.Id),
        "latest date first, then title and id");

    public static readonly RecordType<FeedbackEntry> Feedback = new(
        "feedback", RecordKind.Feedback, "Practice-related feedback", "Practice-related feedback", "/Records/Feedback", "Feedback",
        f => $"Feedback from {Humanise.Words(f.Source).ToLowerInvariant()} ({RecordFormat.ShortDate(f.Date)})",
        q => q.OrderByDescending(f => f.Date).ThenBy(f => f.Id),
        "latest date first, then id");

    public static readonly RecordType<PracticeHoursEntry> PracticeHours = new(
        "practice-hours", RecordKind.PracticeHours, "Practice hours", "Practice hours", "/Records/PracticeHours", "PracticeHours",
        p => $"{p.Organisation}, {RecordFormat.Hours(p.Hours)} hours ({RecordFormat.DateRange(p.StartDate, p.EndDate)})",
        q => q.OrderByDescending(p => p.EndDate).ThenByDescending(p => p.StartDate).ThenBy(p => p.Id),
        "latest end date first, then latest start date and id");

    public static readonly RecordType<ReflectiveDiscussion> Discussions = new(
        "discussions", RecordKind.Discussion, "Reflective discussion", "Reflective discussions", "/Records/Discussions", "Discussions",
        d => $"Reflective discussion with {d.PartnerName} ({RecordFormat.ShortDate(d.Date)})",
        q => q.OrderByDescending(d => d.Date).ThenBy(d => d.Id),
        "latest date first, then id");

    public static readonly RecordType<Confirmation> Confirmations = new(
        "confirmations", RecordKind.Confirmation, "Confirmation", "Confirmations", "/Records/Confirmations", "Confirmations",
        c => $"Confirmation by {c.ConfirmerName} ({RecordFormat.ShortDate(c.Date)})",
        q => q.OrderByDescending(c => c.Date).ThenBy(c => c.Id),
        "latest date first, then id");

    public static readonly RecordType<Declaration> Declarations = new(
        "declarations", RecordKind.Declaration, "Declaration", "Declarations", "/Records/Declarations", "Declarations",
        d => $"{DeclarationName(d.Kind)} declaration ({RecordFormat.ShortDate(d.Date)})",
        q => q.OrderByDescending(d => d.Date).ThenBy(d => d.Id),
        "latest date first, then id");

    public static readonly RecordType<GapExplanation> GapExplanations = new(
        "gap-explanations", null, "Gap explanation", "Gap explanations", "/Records/GapExplanations", "GapExplanations",
        g => $"Gap explanation: {g.Reason} ({RecordFormat.DateRange(g.From, g.To)})",
        q => q.OrderByDescending(g => g.From).ThenBy(g => g.Id),
        "latest start first, then id");

    public static readonly RecordType<EvidenceFile> Evidence = new(
        "evidence", null, "Evidence file", "Evidence files", "/Activities", "Evidence",
        e => e.FileName,
        q => q.OrderBy(e => e.FileName).ThenBy(e => e.Id),
        "by file name, then id");

    /// <summary>Every type that can be in the bin, in the order pages list them.</summary>
    public static readonly IReadOnlyList<IRecordType> All =
        [Activities, Reflections, Feedback, PracticeHours, Discussions, Confirmations, Declarations, GapExplanations, Evidence];

    public static IRecordType? BySlug(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    /// <summary>The record types evidence can be attached to through this feature.</summary>
    public static IRecordType? ForEvidence(RecordKind kind) => All.FirstOrDefault(t => t.Kind == kind);

    public static string DeclarationName(DeclarationKind kind) => kind switch
    {
        DeclarationKind.HealthAndCharacter => "Health and character",
        DeclarationKind.Indemnity => "Professional indemnity",
        _ => "Unknown",
    };
}
