namespace CpdLog.Web.Features.Archive;

using System.Text.Json;
using System.Text.Json.Nodes;
using AutoMapper;
using CpdLog.Core.Archive;
using CpdLog.Web.Features.Evidence;

/// <summary>
/// Imports a verified personal archive into one person's account. Every record gets a new id and the per-owner
/// <see cref="ArchiveImportMapEntry"/> remembers which archive id it came from, so a second import of the same archive
/// skips everything and no id in an archive ever addresses an existing row. Links between records (evidence, the
/// activity a reflection is about, a module's CPD activity, a registration's custom body) follow the map. Record
/// references are kept unless taken, then renumbered. Funding history, issued portfolios and sign-offs are kept as
/// read-only <see cref="ImportedHistoryItem"/>s. Everything is checked first; evidence bytes are written to the file
/// store, then every row in one transaction, and the bytes are removed again if that fails.
/// </summary>
public sealed class PersonalArchiveImporter(
    CpdLogDbContext db,
    IFileStore store,
    IMapper mapper,
    IOptions<EvidenceOptions> evidenceOptions,
    TimeProvider clock,
    ILogger<PersonalArchiveImporter> logger)
{
    private const string NothingImported = " Nothing was imported.";
    private const string PortfolioTextsType = "portfolio-texts";

    public async Task<ArchiveImportResult> ImportAsync(string ownerId, VerifiedArchive archive, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var map = await db.ArchiveImportMap.Where(m => m.OwnerId == ownerId).ToListAsync(ct);
        var known = map.ToDictionary(m => (m.RecordType, m.ArchiveId), m => m.NewId);
        var plan = new ImportPlan(ownerId, now, known);

        // 1. Read every record of every type (and check it) before anything is written.
        var records = new Dictionary<IRecordType, List<(Guid ArchiveId, OwnedRecord Record)>>();
        foreach (var type in RecordTypes.All)
        {
            records[type] = ReadRecords(archive, type, today);
        }

        // 2. New ids for every record not imported before; the map is complete before links are followed.
        foreach (var (type, list) in records)
        {
            foreach (var (archiveId, record) in list)
            {
                if (plan.IsKnown(type.Slug, archiveId))
                {
                    plan.Skip(type.Slug);
                    continue;
                }

                record.Id = plan.Assign(type.Slug, archiveId);
                plan.NewRecords.Add((type, archiveId, record));
            }
        }

        var historyFiles = new List<(string StorageKey, string StagedPath)>();
        var history = ReadHistory(archive, plan, now, historyFiles);
        var bodies = await PlanCustomBodiesAsync(archive, plan, records[RecordTypes.Registrations].Select(r => (ProfessionalRegistration)r.Record), ct);

        // 3. Links and owner.
        foreach (var (_, archiveId, record) in plan.NewRecords)
        {
            record.OwnerId = ownerId;
            Relink(record, archiveId, plan, bodies);
        }

        var texts = ReadPortfolioTexts(archive, plan, now);
        var evidence = await CheckEvidenceAsync(archive, plan, ct);
        var renumbered = await NumberAsync(plan, ct);

        // 4. Write: bytes first (so no row ever points at missing bytes), then every row in one transaction.
        var written = new List<string>();
        try
        {
            foreach (var (storageKey, stagedPath) in evidence.Select(e => (e.File.StorageKey, e.StagedPath)).Concat(historyFiles))
            {
                await using var staged = File.OpenRead(stagedPath);
                await store.SaveAsync(storageKey, staged, ct);
                written.Add(storageKey);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await RaiseCountersAsync(plan, ct);
            db.CustomBodies.AddRange(bodies.New);
            foreach (var (_, _, record) in plan.NewRecords)
            {
                db.Add((object)record);
            }

            db.PortfolioTexts.AddRange(texts);
            db.ImportedHistory.AddRange(history);
            db.ArchiveImportMap.AddRange(plan.MapEntries);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            foreach (var key in written)
            {
                await store.DeleteAsync(key, CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            throw;
        }

        logger.LogInformation("Imported a personal archive for {Owner}: {Imported} records, {Skipped} skipped as duplicates",
            ownerId, plan.Imported.Values.Sum(), plan.Skipped.Values.Sum());
        return new ArchiveImportResult(archive.Manifest.ExportedAt, archive.Manifest.ServiceVersion, plan.Imported, plan.Skipped,
            [.. renumbered.Select(r => r())], [.. bodies.New.Select(b => b.Code)]);
    }

    private List<(Guid, OwnedRecord)> ReadRecords(VerifiedArchive archive, IRecordType type, DateOnly today)
    {
        var path = PersonalArchiveFormat.RecordsPath(type.Slug);
        var result = new List<(Guid, OwnedRecord)>();
        var seen = new HashSet<Guid>();
        var number = 0;
        foreach (var item in archive.Items(path))
        {
            number++;
            OwnedRecord record;
            try
            {
                record = (OwnedRecord?)item.Deserialize(type.EntityType, PersonalArchiveFormat.Json)
                    ?? throw new JsonException("empty");
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
            {
                throw new ArchiveRefusedException($"{path}: item {number} cannot be read ({e.Message})." + NothingImported, e);
            }

            if (record.Id == Guid.Empty || !seen.Add(record.Id))
            {
                throw new ArchiveRefusedException($"{path}: item {number} has no id, or the same id as another item." + NothingImported);
            }

            record.DeletedAt = item["inBin"] is JsonValue inBin && inBin.TryGetValue<bool>(out var binned) && binned
                ? record.DeletedAt ?? record.UpdatedAt
                : null;
            var errors = Validate(type, record, today);
            if (errors.Count > 0)
            {
                throw new ArchiveRefusedException($"{path}: item {number} is not a valid {type.Name.ToLowerInvariant()}: "
                    + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")) + "." + NothingImported);
            }

            result.Add((record.Id, record));
        }

        return result;
    }

    /// <summary>The type's own rules, as for a record typed in (registrations: the body's rules for the number, date and options).</summary>
    private IReadOnlyList<FieldError> Validate(IRecordType type, OwnedRecord record, DateOnly today)
    {
        switch (record)
        {
            case ProfessionalRegistration registration:
            {
                var ruleSet = registration.CustomBodyId is null ? BodyCatalogue.Find(registration.BodyCode) : null;
                if (registration.CustomBodyId is null && ruleSet is null)
                {
                    return [new("bodyCode", $"this CpdLog does not know the body \"{registration.BodyCode}\"")];
                }

                if (registration.RuleVersion is { } version && registration.CustomBodyId is null && BodyCatalogue.FindVersion(registration.BodyCode, version) is null)
                {
                    return [new("ruleVersion", $"this CpdLog does not know version \"{version}\" of {registration.BodyCode}'s rules")];
                }

                return RegistrationValidation.Validate(ruleSet, registration.RegistrationNumber, registration.AnchorDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    registration.Options.ToDictionary(o => o.Key, o => (string?)o.Value), out _, out _);
            }

            case EvidenceFile file:
                return [.. RecordValidation.EvidenceDetails(file.Description, file.Pages, file.Standards),
                    .. RecordTypes.ForEvidence(file.RecordKind) is null && file.RecordKind != RecordKind.FundingRequest
                        ? [new FieldError("recordKind", "evidence must belong to a record")] : Array.Empty<FieldError>()];

            default:
                if (type.GetType() is { IsGenericType: true } descriptor && descriptor.GetGenericTypeDefinition() == typeof(CrudRecordType<,,>))
                {
                    var inputType = descriptor.GetGenericArguments()[2];
                    var input = mapper.Map(record, type.EntityType, inputType);
                    return (IReadOnlyList<FieldError>)inputType.GetMethod(nameof(RecordInput<CpdActivity>.Validate))!.Invoke(input, [today])!;
                }

                return [];
        }
    }

    private static void Relink(OwnedRecord record, Guid archiveId, ImportPlan plan, CustomBodyPlan bodies)
    {
        switch (record)
        {
            case CpdActivity activity:
                // The funding request was the previous employer's: it is history here, not a request of this instance.
                activity.FundingRequestId = null;
                break;
            case ReflectiveAccount reflection:
                reflection.ActivityId = plan.Follow(RecordTypes.Activities.Slug, reflection.ActivityId);
                reflection.FeedbackId = plan.Follow(RecordTypes.Feedback.Slug, reflection.FeedbackId);
                break;
            case Confirmation confirmation when confirmation.SignOffId is { } signOff:
                // Still signed (it cannot be changed), now by the imported sign-off: never by an id from the archive.
                confirmation.SignOffId = plan.Follow(ImportedHistoryKinds.SignOff, signOff) ?? Guid.NewGuid();
                plan.MarkSigned(RecordTypes.Confirmations.Slug, archiveId);
                break;
            case ReflectiveDiscussion discussion when discussion.SignOffId is { } signOff:
                discussion.SignOffId = plan.Follow(ImportedHistoryKinds.SignOff, signOff) ?? Guid.NewGuid();
                plan.MarkSigned(RecordTypes.Discussions.Slug, archiveId);
                break;
            case Qualification qualification:
                qualification.FundingRequestIds = [];
                qualification.AgreementIds = [];
                foreach (var module in qualification.Modules)
                {
                    module.Id = Guid.NewGuid();
                    module.QualificationId = qualification.Id;
                    module.CpdActivityId = plan.Follow(RecordTypes.Activities.Slug, module.CpdActivityId);
                }

                break;
            case ProfessionalRegistration registration when registration.CustomBodyId is { } bodyId:
                registration.CustomBodyId = bodies.IdFor(bodyId)
                    ?? throw new ArchiveRefusedException($"A registration uses a custom body that is not in {PersonalArchiveFormat.CustomBodiesPath}." + NothingImported);
                break;
        }
    }

    /// <summary>
    /// The custom bodies the new registrations use: one here with the same code and the same rules (every version) is
    /// used; otherwise the archive's definition is added, under a free code when its own is taken by different rules.
    /// </summary>
    private async Task<CustomBodyPlan> PlanCustomBodiesAsync(VerifiedArchive archive, ImportPlan plan, IEnumerable<ProfessionalRegistration> registrations, CancellationToken ct)
    {
        var needed = registrations.Where(r => r.CustomBodyId is not null && plan.NewRecords.Any(n => ReferenceEquals(n.Record, r)))
            .Select(r => r.CustomBodyId!.Value).ToHashSet();
        var result = new CustomBodyPlan();
        if (needed.Count == 0)
        {
            return result;
        }

        var existing = await db.CustomBodies.AsNoTracking().ToListAsync(ct);
        var codes = existing.Select(b => b.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var item in archive.Items(PersonalArchiveFormat.CustomBodiesPath))
        {
            CustomBodyDefinition? body;
            try
            {
                body = item.Deserialize<CustomBodyDefinition>(PersonalArchiveFormat.Json);
            }
            catch (JsonException e)
            {
                throw new ArchiveRefusedException($"{PersonalArchiveFormat.CustomBodiesPath} cannot be read ({e.Message})." + NothingImported, e);
            }

            if (body is null || !needed.Contains(body.Id))
            {
                continue;
            }

            var archiveId = body.Id;
            var same = existing.FirstOrDefault(b => string.Equals(b.Code, body.Code, StringComparison.OrdinalIgnoreCase) && SameRules(b, body));
            if (same is not null)
            {
                result.Add(archiveId, same.Id);
                continue;
            }

            if (CustomBodyValidation.Validate(body, body.AnchorKind) is { Count: > 0 } errors)
            {
                throw new ArchiveRefusedException($"{PersonalArchiveFormat.CustomBodiesPath}: {body.Code} is not a valid body: "
                    + string.Join("; ", errors.Select(e => e.Message)) + "." + NothingImported);
            }

            body.Id = Guid.NewGuid();
            var code = body.Code;
            for (var n = 2; codes.Contains(code); n++)
            {
                var suffix = $"-{n}";
                code = body.Code[..Math.Min(body.Code.Length, CustomBodyValidation.MaxCode - suffix.Length)] + suffix;
            }

            body.Code = code;
            codes.Add(code);
            result.Add(archiveId, body.Id);
            result.New.Add(body);
        }

        return result;
    }

    private static bool SameRules(CustomBodyDefinition a, CustomBodyDefinition b)
        => a.CurrentRules == b.CurrentRules && a.Version == b.Version && a.EffectiveFrom == b.EffectiveFrom
            && a.EarlierVersions.SequenceEqual(b.EarlierVersions);

    private static List<PortfolioTexts> ReadPortfolioTexts(VerifiedArchive archive, ImportPlan plan, DateTimeOffset now)
    {
        var result = new List<PortfolioTexts>();
        foreach (var item in archive.Items(PersonalArchiveFormat.PortfolioTextsPath))
        {
            var texts = item.Deserialize<PortfolioTexts>(PersonalArchiveFormat.Json);
            if (texts is null || plan.Follow(RecordTypes.Registrations.Slug, texts.RegistrationId) is not { } registrationId)
            {
                continue;
            }

            if (plan.IsKnown(PortfolioTextsType, texts.Id))
            {
                plan.Skip(PortfolioTextsType);
                continue;
            }

            // Only for a registration imported now: one imported before keeps the texts it has.
            if (!plan.NewRecords.Any(n => n.Record.Id == registrationId))
            {
                continue;
            }

            var archiveId = texts.Id;
            texts.Id = plan.Assign(PortfolioTextsType, archiveId);
            texts.OwnerId = plan.OwnerId;
            texts.RegistrationId = registrationId;
            texts.UpdatedAt = now;
            result.Add(texts);
        }

        return result;
    }

    /// <summary>
    /// Funding history, issued portfolios and sign-offs: kept as the archive has them, read-only, each once. An issued
    /// portfolio's PDF is kept too (added to <paramref name="files"/> to be stored), if its bytes are the ones its record states.
    /// </summary>
    private static List<ImportedHistoryItem> ReadHistory(VerifiedArchive archive, ImportPlan plan, DateTimeOffset now, List<(string StorageKey, string StagedPath)> files)
    {
        var sources = PersonalArchiveFormat.FundingKinds.Select(k => (Kind: k, Path: PersonalArchiveFormat.FundingPath(k)))
            .Append((ImportedHistoryKinds.IssuedPortfolio, PersonalArchiveFormat.IssuedPortfoliosPath))
            .Append((ImportedHistoryKinds.SignOff, PersonalArchiveFormat.SignOffsPath));
        var result = new List<ImportedHistoryItem>();
        foreach (var (kind, path) in sources)
        {
            foreach (var item in archive.Items(path))
            {
                if (item["id"] is not JsonValue idValue || !idValue.TryGetValue<Guid>(out var archiveId) || archiveId == Guid.Empty)
                {
                    throw new ArchiveRefusedException($"{path}: an item has no id." + NothingImported);
                }

                if (plan.IsKnown(kind, archiveId))
                {
                    plan.Skip(kind);
                    continue;
                }

                var imported = new ImportedHistoryItem
                {
                    Id = plan.Assign(kind, archiveId),
                    OwnerId = plan.OwnerId,
                    Kind = kind,
                    ArchiveId = archiveId,
                    Title = Truncate(HistoryTitle(kind, item), 400),
                    Json = item.ToJsonString(),
                    ExportedAt = archive.Manifest.ExportedAt,
                    ImportedAt = now,
                };
                if (kind == ImportedHistoryKinds.IssuedPortfolio && item["archivePath"] is not null)
                {
                    imported.StorageKey = Guid.NewGuid().ToString("N");
                    files.Add((imported.StorageKey, PortfolioPdf(archive, archiveId, item)));
                }

                result.Add(imported);
            }
        }

        return result;
    }

    /// <summary>The staged PDF of an issued portfolio: at its one allowed path, with the size and SHA-256 its record states.</summary>
    private static string PortfolioPdf(VerifiedArchive archive, Guid archiveId, JsonObject item)
    {
        var path = PersonalArchiveFormat.IssuedPortfolioPdfPath(archiveId);
        var named = item["archivePath"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (named != path || !archive.Files.TryGetValue(path, out var entry))
        {
            throw new ArchiveRefusedException($"The PDF of issued portfolio {archiveId} is missing from the archive (expected {path})." + NothingImported);
        }

        var sha256 = item["sha256"] is JsonValue hash && hash.TryGetValue<string>(out var h) ? h : "";
        var size = item["sizeBytes"] is JsonValue bytes && bytes.TryGetValue<long>(out var b) ? b : -1;
        if (!string.Equals(entry.Sha256, sha256, StringComparison.OrdinalIgnoreCase) || entry.Size != size)
        {
            throw new ArchiveRefusedException($"{path} does not match the size and SHA-256 its portfolio record states." + NothingImported);
        }

        return archive.StagedPath(path);
    }

    private static string HistoryTitle(string kind, JsonObject item)
    {
        string Text(string name) => item[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        return kind switch
        {
            ImportedHistoryKinds.FundingRequest => Text("title"),
            ImportedHistoryKinds.FundingDecision => $"{Text("action")} ({Text("toStatus")})",
            ImportedHistoryKinds.Agreement => Text("name"),
            ImportedHistoryKinds.AgreementAcceptance => $"Accepted {Text("acceptedAt")}",
            ImportedHistoryKinds.IssuedPortfolio => $"{Text("bodyCode")} portfolio {Text("periodStart")} to {Text("periodEnd")} ({Text("verificationCode")})",
            ImportedHistoryKinds.SignOff => $"{Text("kind")} signed by {Text("signerName")}",
            _ => kind,
        };
    }

    /// <summary>
    /// Every new evidence file: its record must be in the archive, its bytes must be a type evidence accepts, no larger
    /// than an upload may be, with the SHA-256 its record states; all together within the person's storage quota.
    /// </summary>
    private async Task<List<(EvidenceFile File, string StagedPath)>> CheckEvidenceAsync(VerifiedArchive archive, ImportPlan plan, CancellationToken ct)
    {
        var limits = evidenceOptions.Value;
        var result = new List<(EvidenceFile, string)>();
        foreach (var (_, archiveId, record) in plan.NewRecords.Where(n => n.Record is EvidenceFile))
        {
            var file = (EvidenceFile)record;
            var path = PersonalArchiveFormat.EvidencePath(archiveId, file.FileName);
            if (!archive.Files.TryGetValue(path, out var entry))
            {
                throw new ArchiveRefusedException($"The evidence file {file.FileName} ({path}) is missing from the archive." + NothingImported);
            }

            if (!string.Equals(entry.Sha256, file.Sha256, StringComparison.OrdinalIgnoreCase) || entry.Size != file.SizeBytes)
            {
                throw new ArchiveRefusedException($"{path} does not match the size and SHA-256 its evidence record states." + NothingImported);
            }

            if (entry.Size > limits.MaxBytes)
            {
                throw new ArchiveRefusedException($"{path} is larger than the {RecordFormat.Bytes(limits.MaxBytes)} an evidence file may be here." + NothingImported);
            }

            var staged = archive.StagedPath(path);
            var format = EvidenceContent.Detect(await File.ReadAllBytesAsync(staged, ct));
            if (format is null)
            {
                throw new ArchiveRefusedException($"{path} is not {EvidenceContent.AllowedDescription}." + NothingImported);
            }

            var kindType = file.RecordKind == RecordKind.FundingRequest ? ImportedHistoryKinds.FundingRequest : RecordTypes.ForEvidence(file.RecordKind)!.Slug;
            file.RecordId = plan.Follow(kindType, file.RecordId)
                ?? throw new ArchiveRefusedException($"The evidence file {file.FileName} belongs to a record that is not in the archive." + NothingImported);
            file.ContentType = format.ContentType;
            file.FileName = EvidenceService.SafeFileName(file.FileName, format);
            file.StorageKey = Guid.NewGuid().ToString("N");
            result.Add((file, staged));
        }

        var adding = result.Sum(r => r.Item1.SizeBytes);
        var used = await db.EvidenceFiles.Where(e => e.OwnerId == plan.OwnerId).SumAsync(e => (long?)e.SizeBytes, ct) ?? 0;
        if (adding > 0 && used + adding > limits.QuotaBytesPerUser)
        {
            throw new ArchiveRefusedException($"The archive's evidence ({RecordFormat.Bytes(adding)}) does not fit in your evidence storage "
                + $"({RecordFormat.Bytes(used)} of {RecordFormat.Bytes(limits.QuotaBytesPerUser)} used). Empty the bin or ask an administrator for more space." + NothingImported);
        }

        return result;
    }

    /// <summary>
    /// Keeps each record's reference unless the person already has it (live or in the bin); a taken one is given the
    /// next free number when saved. Returns, for each renumbered record, how to report it once saved.
    /// </summary>
    private async Task<List<Func<RenumberedReference>>> NumberAsync(ImportPlan plan, CancellationToken ct)
    {
        var renumbered = new List<Func<RenumberedReference>>();
        foreach (var group in plan.NewRecords.Where(n => n.Record is IReferencedRecord).GroupBy(n => n.Type))
        {
            var taken = (await NumbersInUseAsync(group.Key, plan.OwnerId, ct)).ToHashSet();
            foreach (var (type, _, record) in group.OrderBy(n => ((IReferencedRecord)n.Record).Number))
            {
                var referenced = (IReferencedRecord)record;
                var before = referenced.Number;
                if (before > 0 && taken.Add(before))
                {
                    plan.RaiseCounter(RecordReferences.PrefixFor(record.GetType()), before);
                    continue;
                }

                referenced.Number = 0;
                var prefix = RecordReferences.PrefixFor(record.GetType());
                if (before > 0)
                {
                    renumbered.Add(() => new RenumberedReference(type.Slug, prefix + before.ToString(CultureInfo.InvariantCulture), RecordReferences.Of(referenced)));
                }
            }
        }

        return renumbered;
    }

    private async Task<List<int>> NumbersInUseAsync(IRecordType type, string ownerId, CancellationToken ct)
    {
        var method = typeof(PersonalArchiveImporter).GetMethod(nameof(NumbersOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.EntityType);
        return await (Task<List<int>>)method.Invoke(this, [ownerId, ct])!;
    }

    private async Task<List<int>> NumbersOfAsync<T>(string ownerId, CancellationToken ct)
        where T : OwnedRecord
    {
        var live = await db.Set<T>().OwnedBy(ownerId).Select(r => EF.Property<int>(r, nameof(IReferencedRecord.Number))).ToListAsync(ct);
        var binned = await db.Set<T>().InBinOf(ownerId).Select(r => EF.Property<int>(r, nameof(IReferencedRecord.Number))).ToListAsync(ct);
        return [.. live, .. binned];
    }

    /// <summary>Kept references must never be given again: each counter goes up to the highest kept number.</summary>
    private async Task RaiseCountersAsync(ImportPlan plan, CancellationToken ct)
    {
        foreach (var (prefix, highest) in plan.Counters)
        {
            var counter = await db.RecordCounters.FirstOrDefaultAsync(c => c.OwnerId == plan.OwnerId && c.Prefix == prefix, ct);
            if (counter is null)
            {
                db.RecordCounters.Add(new RecordCounter { OwnerId = plan.OwnerId, Prefix = prefix, Last = highest });
            }
            else if (counter.Last < highest)
            {
                counter.Last = highest;
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
