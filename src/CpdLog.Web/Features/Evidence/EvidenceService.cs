namespace CpdLog.Web.Features.Evidence;

using System.Security.Cryptography;

/// <summary>
/// Evidence files shared by the Details page and the API: the type is judged from the bytes, the SHA-256 of exactly
/// what is stored is recorded, the bytes go to the <see cref="IFileStore"/> (outside the web root) under a key we
/// generate, and only the owner can find them again.
/// </summary>
public sealed class EvidenceService(
    CpdLogDbContext db,
    IFileStore store,
    IOptions<EvidenceOptions> options,
    UploadRateLimit rateLimit,
    TimeProvider clock)
{
    public const string FileField = "File";

    private static readonly Dictionary<string, string[]> ExtensionsByType = new(StringComparer.Ordinal)
    {
        [EvidenceContent.Pdf.ContentType] = [".pdf"],
        [EvidenceContent.Png.ContentType] = [".png"],
        [EvidenceContent.Jpeg.ContentType] = [".jpg", ".jpeg"],
        [EvidenceContent.Docx.ContentType] = [".docx"],
        [EvidenceContent.Xlsx.ContentType] = [".xlsx"],
        [EvidenceContent.Text.ContentType] = [".txt", ".csv", ".md", ".log"],
    };

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<UploadOutcome> UploadAsync(string ownerId, RecordKind kind, Guid recordId, IFormFile? file, CancellationToken ct)
    {
        var type = RecordTypes.ForEvidence(kind);
        if (type is null)
        {
            return new UploadOutcome.Invalid([new("RecordKind", "Evidence can be attached to an activity, reflection, feedback, practice hours, discussion, confirmation or declaration")]);
        }

        if (!await type.ExistsAsync(db, ownerId, recordId, ct))
        {
            return new UploadOutcome.RecordNotFound();
        }

        var (checkedFile, errors) = await CheckAsync(ownerId, file, ct);
        if (checkedFile is null)
        {
            return new UploadOutcome.Invalid(errors);
        }

        var evidence = await StageAsync(ownerId, kind, recordId, checkedFile, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row points at the bytes: do not leave an orphan file behind.
            await store.DeleteAsync(evidence.StorageKey, CancellationToken.None);
            throw;
        }

        return new UploadOutcome.Saved(evidence);
    }

    /// <summary>
    /// The checks every upload passes (a file was chosen, the person is within their upload rate and storage quota, not
    /// too big, a type we accept judged from its bytes), without saving anything: the bytes, the detected format, a
    /// safe file name and the SHA-256, or the field errors.
    /// </summary>
    public async Task<(CheckedFile? File, IReadOnlyList<FieldError> Errors)> CheckAsync(string ownerId, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return (null, [new(FileField, "Select a file")]);
        }

        if (!rateLimit.TryAcquire(ownerId))
        {
            return (null, [new(FileField, $"You have uploaded {options.Value.UploadPermitLimit} files in a short time; wait a few minutes and try again")]);
        }

        if (file.Length > MaxBytes)
        {
            return (null, [new(FileField, $"The selected file must be smaller than {RecordFormat.Bytes(MaxBytes)}")]);
        }

        // Binned files count: their bytes are kept so they can be restored.
        var used = await db.EvidenceFiles.IgnoreQueryFilters().Where(e => e.OwnerId == ownerId).SumAsync(e => (long?)e.SizeBytes, ct) ?? 0;
        if (used + file.Length > options.Value.QuotaBytesPerUser)
        {
            return (null, [new(FileField, $"Your evidence storage is full ({RecordFormat.Bytes(used)} of {RecordFormat.Bytes(options.Value.QuotaBytesPerUser)}); empty the bin or ask an administrator for more space")]);
        }

        byte[] bytes;
        using (var buffer = new MemoryStream((int)file.Length))
        {
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        var format = EvidenceContent.Detect(bytes);
        return format is null
            ? (null, [new(FileField, $"The selected file must be {EvidenceContent.AllowedDescription}")])
            : (new CheckedFile(bytes, format, SafeFileName(file.FileName, format), Convert.ToHexStringLower(SHA256.HashData(bytes))), []);
    }

    /// <summary>
    /// Stores a checked file's bytes and adds its row to the caller's unit of work (not saved yet): for features that
    /// attach evidence as part of a larger change. If that save fails, the caller deletes the bytes by the storage key.
    /// </summary>
    public async Task<EvidenceFile> StageAsync(string ownerId, RecordKind kind, Guid recordId, CheckedFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var now = clock.GetUtcNow();
        var evidence = new EvidenceFile
        {
            OwnerId = ownerId,
            RecordKind = kind,
            RecordId = recordId,
            FileName = file.FileName,
            ContentType = file.Format.ContentType,
            SizeBytes = file.Bytes.LongLength,
            Sha256 = file.Sha256,
            StorageKey = Guid.NewGuid().ToString("N"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await store.SaveAsync(evidence.StorageKey, new MemoryStream(file.Bytes, writable: false), ct);
        db.EvidenceFiles.Add(evidence);
        return evidence;
    }

    /// <summary>Deletes the bytes of a staged file whose save failed (no row points at them).</summary>
    public Task DiscardStagedAsync(EvidenceFile staged)
    {
        ArgumentNullException.ThrowIfNull(staged);
        return store.DeleteAsync(staged.StorageKey, CancellationToken.None);
    }

    public Task<List<EvidenceFile>> ListAsync(string ownerId, RecordKind kind, Guid recordId, CancellationToken ct)
        => db.EvidenceFiles.OwnedBy(ownerId)
            .Where(e => e.RecordKind == kind && e.RecordId == recordId)
            .OrderBy(e => e.CreatedAt)
            .ToListAsync(ct);

    public Task<EvidenceFile?> FindAsync(string ownerId, Guid id, CancellationToken ct)
        => db.EvidenceFiles.OwnedBy(ownerId).FirstOrDefaultAsync(e => e.Id == id, ct);

    /// <summary>The owner's file and its bytes; null for anyone else, a binned file or missing bytes.</summary>
    public async Task<(EvidenceFile File, Stream Content)?> OpenAsync(string ownerId, Guid id, CancellationToken ct)
    {
        var evidence = await FindAsync(ownerId, id, ct);
        if (evidence is null)
        {
            return null;
        }

        var content = await store.OpenReadAsync(evidence.StorageKey, ct);
        return content is null ? null : (evidence, content);
    }

    /// <summary>Saves a file's description, pages and standards (checked by the caller); the bytes never change.</summary>
    public async Task UpdateDetailsAsync(EvidenceFile file, EvidenceDetailsInput details, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(details);
        details.ApplyTo(file);
        file.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves the file to the bin; the bytes stay so it can be restored.</summary>
    public async Task<EvidenceFile?> MoveToBinAsync(string ownerId, Guid id, CancellationToken ct)
    {
        var evidence = await FindAsync(ownerId, id, ct);
        if (evidence is not null)
        {
            evidence.MoveToBin(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        return evidence;
    }

    /// <summary>
    /// The user's file name without any path, control or invisible formatting characters (bidi overrides such as
    /// U+202E would let "invoice\u202Efdp.exe" show as "invoiceexe.pdf"), and with an extension that matches the content
    /// (a PDF called "scan" becomes "scan.pdf"; text called "notes.html" becomes "notes.html.txt").
    /// </summary>
    public static string SafeFileName(string? name, EvidenceFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var leaf = (name ?? "").Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. leaf.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator) && c is not ('"' or '<' or '>' or ':' or '*' or '?' or '|'))]).Trim().Trim('.');
        if (clean.Length == 0)
        {
            clean = "evidence";
        }

        var extension = Path.GetExtension(clean).ToLowerInvariant();
        if (!ExtensionsByType[format.ContentType].Contains(extension))
        {
            clean += format.Extension;
        }

        return clean.Length <= 255 ? clean : clean[..(250 - Path.GetExtension(clean).Length)] + Path.GetExtension(clean);
    }
}
