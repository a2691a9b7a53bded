namespace CpdLog.Web.Features.Records;

using System.Reflection;
using AutoMapper;
using CpdLog.Web.Features.Evidence;

/// <summary>
/// The Add and Edit pages of a record type (both render the type's <c>_Form</c> partial): load the user's own
/// record (404 otherwise), validate with <see cref="RecordValidation"/> through the input, keep every typed value on
/// error, save explicitly. The form has an optional evidence file input: the file is checked with the record and
/// attached in the same save. The Edit page also lists the record's evidence below the form (remove, download),
/// unless the type shows evidence on a page of its own. A type with no special behaviour names this class in its
/// pages; one with presets or select lists derives a <c>FormModel</c>.
/// </summary>
public class RecordFormPageModel<TEntity, TInput>(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel
    where TEntity : OwnedRecord, new()
    where TInput : RecordInput<TEntity>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>An evidence file chosen on the form itself (optional), attached when the record is saved.</summary>
    [BindProperty(Name = EvidenceField.Field)]
    public IFormFile? EvidenceUpload { get; set; }

    /// <summary>
    /// The registration a "what to do next" link came from (<c>?registration=</c>): after saving, the user goes back to
    /// that registration's page. Text, so a malformed value is ignored rather than reported as a field error.
    /// </summary>
    [FromQuery(Name = "registration")]
    public string? FromRegistration { get; set; }

    /// <summary>The type's descriptor in <see cref="RecordTypes.All"/>.</summary>
    private static RecordType<TEntity> Type => RecordTypes.Of<TEntity>();

    /// <summary>The heading: the descriptor's Add or Edit title.</summary>
    public override string Title => IsEdit ? Type.EditTitle : Type.AddTitle;

    /// <summary>The type's form fields, <c>_Form.cshtml</c> in the folder of its pages.</summary>
    public override string FormPartial => $"/Features{Type.IndexPath}/_Form.cshtml";

    /// <summary>False for a type whose evidence is on a page of its own (activities: the Details page).</summary>
    private static bool ShowsEvidence => Type.DetailsPage is null;

    protected CpdLogDbContext Db => db;

    protected DateOnly Today => clock.UkToday();

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
                return RedirectToPage(SignedRecords.DetailsPage, new { id = signOff });
            }

            Input = mapper.Map<TInput>(record);
            RecordId = existing;
            await LoadEvidenceAsync(evidence, ct);
        }
        else
        {
            Input = Blank(Today);
            PresetFromQuery();
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
                return RedirectToPage(SignedRecords.DetailsPage, new { id = signOff });
            }

            RecordId = existing;
        }

        ReplaceBindingErrors();
        ModelState.AddFieldErrors(await Input.ValidateAllAsync(db, ownerId, Today, ct), nameof(Input));

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
        return await ReturnsToRegistrationAsync(ownerId, ct) is { } registrationId
            ? RedirectToPage("/Registrations/Details", new { id = registrationId })
            : AfterSave(record);
    }

    /// <summary>The input for a new record: the descriptor's blank (e.g. today's date filled in).</summary>
    protected virtual TInput Blank(DateOnly today) => Type is IRecordInputSource<TInput> source ? source.NewInput(today) : new();

    /// <summary>Select lists that need the database (e.g. the user's activities to link a reflection to).</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// The descriptor's <see cref="RecordType{T}.SavedPage"/>, else the record's own page when it has one (activities:
    /// Details, where evidence is attached), else the list.
    /// </summary>
    private RedirectToPageResult AfterSave(TEntity record)
        => Type.SavedPage is { } saved ? RedirectToPage(saved)
            : Type.DetailsPage is null ? RedirectToPage(Type.IndexPage)
            : RedirectToPage(Type.RecordPage, new { id = record.Id });

    /// <summary>
    /// A "what to do next" or dashboard link can preset the Add page: a query parameter named like one of the input's
    /// choice or date properties (<c>?source=Patient</c>, <c>?kind=Indemnity</c>, <c>?from=2025-09-02</c>) sets it when the
    /// value is one of the choices or a real date; anything else leaves the blank form's value.
    /// </summary>
    private void PresetFromQuery()
    {
        foreach (var (name, values) in Request.Query)
        {
            var property = typeof(TInput).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            var type = property is { CanWrite: true } ? Nullable.GetUnderlyingType(property.PropertyType) : null;
            var value = values.ToString();
            object? preset = type switch
            {
                { IsEnum: true } when Enum.TryParse(type, value, ignoreCase: true, out var choice) && Enum.IsDefined(type, choice!) => choice,
                not null when type == typeof(DateOnly) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
                _ => null,
            };
            if (preset is not null)
            {
                property!.SetValue(Input, preset);
            }
        }
    }

    /// <summary>The registration to return to when <see cref="FromRegistration"/> names one of the user's live registrations.</summary>
    private async Task<Guid?> ReturnsToRegistrationAsync(string ownerId, CancellationToken ct) =>
        Guid.TryParse(FromRegistration, out var registrationId)
            && await db.Registrations.OwnedBy(ownerId).AnyAsync(r => r.Id == registrationId, ct)
            ? registrationId
            : null;

    private async Task LoadEvidenceAsync(EvidenceService evidence, CancellationToken ct)
    {
        if (ShowsEvidence && RecordId is { } id && Type.Kind is { } kind)
        {
            Evidence = await EvidencePanel.LoadAsync(this, evidence, mapper, kind, id, ct) with { ShowsUpload = false };
        }
    }

    private void SetEvidenceInput(EvidenceService evidence, string? chosenBefore) =>
        EvidenceInput = Type.Kind is { } kind ? new EvidenceField(evidence.MaxBytes, Type.EvidenceHint, chosenBefore) : null;

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
