namespace CpdLog.Web.Features.Records;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Api.Paging;
using CpdLog.Web.Features.Evidence;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Features.Shared.TagHelpers;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A list page of one record type: one page (<see cref="PageRequest"/>, from <c>?page=</c>) of the signed-in user's
/// live records in a stable order, mapped to the API's DTO, with the NHS pagination component below.
/// </summary>
public abstract class RecordIndexPageModel<TEntity, TDto>(CpdLogDbContext db, IMapper mapper) : PageModel
    where TEntity : OwnedRecord
{
    public IReadOnlyList<TDto> Items { get; private set; } = [];

    /// <summary>The NHS pagination of the list (also says "Showing 1 to 50 of 2,000").</summary>
    public Pager Pager { get; private set; } = new(1, PageRequest.DefaultPageSize, 0, _ => "");

    /// <summary>How many live evidence files each record on this page has (records without any are absent).</summary>
    public IReadOnlyDictionary<Guid, int> EvidenceCounts { get; private set; } = new Dictionary<Guid, int>();

    protected abstract RecordType<TEntity> Type { get; }

    protected CpdLogDbContext Db => db;

    protected IMapper Mapper => mapper;

    public virtual async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        var records = await Filter(Type.Owned(db, ownerId)).AsNoTracking().ToShownPageAsync(PageRequest.ParseOrFirst(Request.Query), ct);
        Items = mapper.Map<List<TDto>>(records);
        Pager = Pager.For(Request, records, Type.Name, Type.PluralName);

        // One grouped query for the rows on this page, not one per row.
        var kind = Type.Kind;
        var ids = records.Select(r => r.Id).ToList();
        EvidenceCounts = ids.Count == 0 ? new Dictionary<Guid, int>() : await db.EvidenceFiles.OwnedBy(ownerId)
            .Where(e => e.RecordKind == kind && ids.Contains(e.RecordId))
            .GroupBy(e => e.RecordId)
            .Select(g => new { RecordId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.RecordId, g => g.Count, ct);
        return Page();
    }

    /// <summary>"1 file", "2 files", or "" when the record has no evidence.</summary>
    public string EvidenceText(Guid recordId)
        => EvidenceCounts.TryGetValue(recordId, out var count) ? $"{count} {(count == 1 ? "file" : "files")}" : "";

    protected virtual IQueryable<TEntity> Filter(IQueryable<TEntity> records) => records;
}

/// <summary>
/// The Add and Edit pages of a record type (both render the type's <c>_Form</c> partial): load the user's own
/// record (404 otherwise), validate with <see cref="RecordValidation"/> through the input, keep every typed value on
/// error, save explicitly. The form has an optional evidence file input: the file is checked with the record and
/// attached in the same save. The Edit page also lists the record's evidence below the form (remove, download),
/// unless the type shows evidence on a page of its own.
/// </summary>
public abstract class RecordFormPageModel<TEntity, TInput>(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : PageModel
    where TEntity : OwnedRecord, new()
    where TInput : RecordInput<TEntity>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The record being edited; null on the Add page.</summary>
    public Guid? RecordId { get; private set; }

    public bool IsEdit => RecordId is not null;

    /// <summary>The record's evidence on the Edit page; null on the Add page and when <see cref="ShowsEvidence"/> is false.</summary>
    public EvidencePanel? Evidence { get; private set; }

    /// <summary>An evidence file chosen on the form itself (optional), attached when the record is saved.</summary>
    [BindProperty(Name = EvidenceField.Field)]
    public IFormFile? EvidenceUpload { get; set; }

    /// <summary>The form's evidence file input; null for a type that takes no evidence.</summary>
    public EvidenceField? EvidenceInput { get; private set; }

    /// <summary>
    /// The registration a "what to do next" link came from (<c>?registration=</c>): after saving, the user goes back to
    /// that registration's page. Text, so a malformed value is ignored rather than reported as a field error.
    /// </summary>
    [FromQuery(Name = "registration")]
    public string? FromRegistration { get; set; }

    protected abstract RecordType<TEntity> Type { get; }

    /// <summary>False for a type whose evidence is on another page (activities: the Details page).</summary>
    protected virtual bool ShowsEvidence => true;

    protected CpdLogDbContext Db => db;

    protected DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid? id, [FromServices] EvidenceService evidence, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var record = await Type.FindAsync(db, User.UserId(), existing, ct);
            if (record is null)
            {
                return NotFound();
            }

            if (SignedRecords.SignOffOf(record) is { } signOff)
            {
                return Redirect(SignedRecords.DetailsPath(signOff));
            }

            Input = mapper.Map<TInput>(record);
            RecordId = existing;
            await LoadEvidenceAsync(evidence, ct);
        }
        else
        {
            Input = Blank(Today);
        }

        SetEvidenceInput(evidence, null);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid? id, [FromServices] EvidenceService evidence, CancellationToken ct)
    {
        var ownerId = User.UserId();
        TEntity? record = null;
        if (id is { } existing)
        {
            record = await Type.FindAsync(db, ownerId, existing, ct);
            if (record is null)
            {
                return NotFound();
            }

            if (SignedRecords.SignOffOf(record) is { } signOff)
            {
                TempData["Error"] = SignedRecords.Message;
                return Redirect(SignedRecords.DetailsPath(signOff));
            }

            RecordId = existing;
        }

        ReplaceBindingErrors();
        foreach (var error in await Input.ValidateAllAsync(db, ownerId, Today, ct))
        {
            var key = nameof(Input) + "." + error.Field;
            if (ModelState[key] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(key, error.Message);
            }
        }

        CheckedFile? upload = null;
        if (Type.Kind is not null && EvidenceUpload is { Length: > 0 })
        {
            (upload, var fileErrors) = await evidence.CheckAsync(ownerId, EvidenceUpload, ct);
            foreach (var error in fileErrors)
            {
                ModelState.AddModelError(EvidenceField.Field, error.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            SetEvidenceInput(evidence, upload?.FileName);
            await LoadChoicesAsync(ct);
            await LoadEvidenceAsync(evidence, ct);
            return Page();
        }

        var now = clock.GetUtcNow();
        if (record is null)
        {
            record = new TEntity { OwnerId = ownerId, CreatedAt = now };
            db.Add(record);
        }

        Input.ApplyTo(record);
        record.UpdatedAt = now;
        var attached = upload is null || Type.Kind is not { } kind ? null : await evidence.StageAsync(ownerId, kind, record.Id, upload, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch when (attached is not null)
        {
            await evidence.DiscardStagedAsync(attached);
            throw;
        }

        TempData["Success"] = $"{Type.Name} {(id is null ? "added" : "saved")}: {Type.Describe(record)}"
            + (attached is null ? "" : $", with evidence {attached.FileName}");
        return Redirect(await ReturnToRegistrationAsync(ownerId, ct) ?? AfterSave(record));
    }

    /// <summary>The input for a new record (e.g. today's date filled in).</summary>
    protected virtual TInput Blank(DateOnly today) => new();

    /// <summary>Select lists that need the database (e.g. the user's activities to link a reflection to).</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken ct) => Task.CompletedTask;

    protected virtual string AfterSave(TEntity record) => Type.IndexPath;

    /// <summary>The registration's page when <see cref="FromRegistration"/> names one of the user's live registrations.</summary>
    private async Task<string?> ReturnToRegistrationAsync(string ownerId, CancellationToken ct) =>
        Guid.TryParse(FromRegistration, out var registrationId)
            && await db.Registrations.OwnedBy(ownerId).AnyAsync(r => r.Id == registrationId, ct)
            ? $"/Registrations/Details?id={registrationId}"
            : null;

    private async Task LoadEvidenceAsync(EvidenceService evidence, CancellationToken ct)
    {
        if (ShowsEvidence && RecordId is { } id && Type.Kind is { } kind)
        {
            Evidence = await EvidencePanel.LoadAsync(this, evidence, mapper, kind, id, ct) with { ShowsUpload = false };
        }
    }

    private void SetEvidenceInput(EvidenceService evidence, string? chosenBefore) =>
        EvidenceInput = Type.Kind is { } kind ? new EvidenceField(evidence.MaxBytes, EvidencePanel.HintFor(kind), chosenBefore) : null;

    /// <summary>
    /// A value that could not be converted (text in a number box) leaves the property null, which the rules would
    /// report as missing; say what is wrong instead, in the same style.
    /// </summary>
    private void ReplaceBindingErrors()
    {
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var name = key.StartsWith(nameof(Input) + ".", StringComparison.Ordinal) ? key[(nameof(Input).Length + 1)..] : key;
            var property = typeof(TInput).GetProperty(name.Split('[')[0]);
            var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type == typeof(DateOnly))
            {
                continue; // the date boxes' own message says which part is missing or wrong
            }

            var message = type == typeof(decimal) ? "Enter a number, like 7.5"
                : "Select an option from the list";
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}

/// <summary>What the shared delete-confirmation partial shows.</summary>
public abstract class RecordDeletePageModel : PageModel
{
    public string TypeName { get; protected set; } = "";

    public string Description { get; protected set; } = "";

    public string CancelUrl { get; protected set; } = "";

    /// <summary>The page's question and title, in sentence case: "Delete this CPD activity?".</summary>
    public string Question => $"Delete this {Humanise.InSentence(TypeName)}{(TypeName.EndsWith("hours", StringComparison.Ordinal) ? " record" : "")}?";
}

/// <summary>Delete = move to the bin: a confirmation page, then a POST. Nothing is hard-deleted from a page.</summary>
public abstract class RecordDeletePageModel<TEntity>(CpdLogDbContext db, TimeProvider clock) : RecordDeletePageModel
    where TEntity : OwnedRecord
{
    protected abstract RecordType<TEntity> Type { get; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var record = await Type.FindAsync(db, User.UserId(), id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (SignedRecords.SignOffOf(record) is { } signOff)
        {
            return Redirect(SignedRecords.DetailsPath(signOff));
        }

        TypeName = Type.Name;
        Description = Type.Describe(record);
        CancelUrl = CancelPath(record);
        ViewData["Title"] = Question; // the layout reads the page's ViewData, not the partial's copy
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var record = await Type.FindAsync(db, User.UserId(), id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (SignedRecords.SignOffOf(record) is { } signOff)
        {
            TempData["Error"] = SignedRecords.Message;
            return Redirect(SignedRecords.DetailsPath(signOff));
        }

        record.MoveToBin(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Moved to the bin: {Type.Describe(record)}. You can restore it from the bin.";
        return Redirect(Type.IndexPath);
    }

    protected virtual string CancelPath(TEntity record) => Type.IndexPath;
}
