namespace CpdLog.IntegrationTests.Registrations;

using System.Text.Json;
using CpdLog.Core.Compliance;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The cold path: after a write the cache catches the user's rule inputs up from the change log (only the changed
/// records are read) and judges again in memory. After many random sequences of writes of every kind (add, edit, bin,
/// restore, purge, imports, gap explanations, registrations, a record moved to another owner, custom body edits, saves
/// that change nothing the rules read, a new day), the caught-up judgement equals a full judgement from every column of
/// every record with no cache; a pruned log or a change number gone backwards falls back to a whole load.
/// </summary>
public sealed class ComplianceCatchUpTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private int _counters;

    private int _moved;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RandomWrites_CaughtUpJudgement_EqualsFullUncachedJudgement(int seed)
    {
        factory.Now = Monday;
        var random = new Random(seed);
        var customId = await AddCustomBodyAsync($"X-CATCH-{seed}");
        var userId = await AddUserAsync($"catch-up-{seed}@example.nhs.uk");
        var otherId = await AddUserAsync($"catch-up-other-{seed}@example.nhs.uk");
        await WriteAsync(db => AddRegistrations(db, userId, random, customId, $"X-CATCH-{seed}"));
        await WriteAsync(db => Import(db, userId, random, 40));

        var cache = factory.Services.GetRequiredService<ComplianceCache>();
        Assert.Equal(await FullJudgementAsync(userId), (await JudgeThroughCacheAsync(userId)).Json);
        var operations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var step = 0; step < 40; step++)
        {
            var keyBefore = (await StampAsync(userId), await StampAsync(UserDataVersion.CustomBodiesKey), factory.Now);
            var patchedBefore = cache.Patched;
            var loadedBefore = cache.Loaded;
            for (var writes = random.Next(1, 4); writes > 0; writes--)
            {
                var name = await RandomWriteAsync(random, userId, otherId, customId);
                operations[name] = operations.GetValueOrDefault(name) + 1;
            }

            if (random.Next(10) == 0)
            {
                factory.Now = factory.Now!.Value.AddDays(random.Next(1, 40)); // a new day: the key changes, the inputs do not
            }

            var unchanged = keyBefore == (await StampAsync(userId), await StampAsync(UserDataVersion.CustomBodiesKey), factory.Now);
            var (judged, hit) = await JudgeThroughCacheAsync(userId);
            Assert.Equal(unchanged, hit);
            Assert.Equal(await FullJudgementAsync(userId), judged);
            Assert.Equal(patchedBefore + (unchanged ? 0 : 1), cache.Patched); // caught up, never a whole load
            Assert.Equal(loadedBefore, cache.Loaded);
            Assert.True((await JudgeThroughCacheAsync(userId)).Hit);
        }

        // Every kind of write happened in the run (the random choice covers all of them over 40 steps × 1–3 writes).
        Assert.True(operations.Count >= 12, "operations seen: " + string.Join(", ", operations.Keys));
    }

    [Fact]
    public async Task PrunedLog_OrNumberGoneBackwards_LoadsEverything_AndStaysCorrect()
    {
        factory.Now = Monday;
        var random = new Random(7);
        var userId = await AddUserAsync("catch-up-pruned@example.nhs.uk");
        await WriteAsync(db => AddRegistrations(db, userId, random, null));
        await WriteAsync(db => Import(db, userId, random, 20));
        var cache = factory.Services.GetRequiredService<ComplianceCache>();
        await JudgeThroughCacheAsync(userId);

        // Two saves; the first one's log entries are lost (as if pruned): the log cannot vouch for the gap.
        await WriteAsync(db => Import(db, userId, random, 3));
        var lost = await StampAsync(userId);
        await WriteAsync(db => Import(db, userId, random, 3));
        await factory.WithDbAsync(db => db.UserDataChanges.Where(c => c.UserId == userId && c.Stamp == lost).ExecuteDeleteAsync());
        var loaded = cache.Loaded;
        var (judged, _) = await JudgeThroughCacheAsync(userId);
        Assert.Equal(loaded + 1, cache.Loaded);
        Assert.Equal(await FullJudgementAsync(userId), judged);

        // A restored backup can put the number back: never trusted as a continuation.
        await WriteAsync(db => Import(db, userId, random, 2));
        await JudgeThroughCacheAsync(userId);
        await factory.WithDbAsync(async db =>
        {
            var row = await db.UserDataVersions.SingleAsync(v => v.UserId == userId);
            row.Stamp -= 2;
            return await db.SaveChangesAsync();
        });
        loaded = cache.Loaded;
        (judged, _) = await JudgeThroughCacheAsync(userId);
        Assert.Equal(loaded + 1, cache.Loaded);
        Assert.Equal(await FullJudgementAsync(userId), judged);
    }

    [Fact]
    public async Task EverySave_RaisesTheNumberByOne_AndLogsEachChangedRecord_OrAMarker()
    {
        factory.Now = Monday;
        var userId = await AddUserAsync("catch-up-log@example.nhs.uk");
        var before = await StampAsync(userId);
        var activity = new CpdActivity { OwnerId = userId, Title = "Logged", StartDate = new DateOnly(2026, 1, 5), EndDate = new DateOnly(2026, 1, 5), Hours = 2 };
        var reflection = new ReflectiveAccount { OwnerId = userId, Title = "Logged", Date = new DateOnly(2026, 1, 6) };
        await WriteAsync(db => db.AddRange(activity, reflection));
        await WriteAsync(db => db.RecordCounters.Add(new RecordCounter { OwnerId = userId, Prefix = "Z", Last = 1 }));

        var log = await factory.WithDbAsync(db => db.UserDataChanges.AsNoTracking().Where(c => c.UserId == userId && c.Stamp > before)
            .OrderBy(c => c.Stamp).ThenBy(c => c.Kind).Select(c => new { c.Stamp, c.Kind, c.EntityId }).ToListAsync());
        Assert.Equal(before + 2, await StampAsync(userId));
        var expected = new List<(long, string, Guid)>
        {
            (before + 1, nameof(CpdActivity), activity.Id), (before + 1, nameof(ReflectiveAccount), reflection.Id), (before + 2, "", Guid.Empty),
        };
        Assert.Equal(expected, log.Select(c => (c.Stamp, c.Kind, c.EntityId)).ToList());
    }

    /// <summary>One random write through the app's database context; returns its name.</summary>
    private async Task<string> RandomWriteAsync(Random random, string userId, string otherId, Guid customId)
    {
        var choice = random.Next(16);
        switch (choice)
        {
            case 0:
                await WriteAsync(db => Import(db, userId, random, 1));
                return "add";
            case 1:
                await WriteAsync(db => Import(db, userId, random, random.Next(2, 12)));
                return "import";
            case 2:
            case 3:
                return await EditSomeAsync<CpdActivity>(userId, random, a =>
                {
                    a.Hours = random.Next(0, 30) / 2m;
                    a.EndDate = a.StartDate.AddDays(random.Next(0, 60));
                    a.Status = random.Next(4) == 0 ? ActivityStatus.Planned : ActivityStatus.Completed;
                    a.IsVerifiable = !a.IsVerifiable;
                    a.Description = "Edited " + random.Next();
                }) ? "edit activity" : "none";
            case 4:
                return await BinSomeAsync(userId, random) ? "bin" : "none";
            case 5:
                return await RestoreSomeAsync(userId, random) ? "restore" : "none";
            case 6:
                return await PurgeSomeAsync(userId, random) ? "purge" : "none";
            case 7:
                await WriteAsync(db => db.GapExplanations.Add(new GapExplanation
                {
                    OwnerId = userId, From = Day(random), To = Day(random).AddDays(120), Reason = "Leave", Details = "Gap " + random.Next(),
                    CreatedAt = Monday, UpdatedAt = Monday,
                }));
                return "gap explanation";
            case 8:
                return await EditSomeAsync<GapExplanation>(userId, random, g => g.To = g.From.AddDays(random.Next(-3, 300))) ? "edit gap explanation" : "none";
            case 9:
                return await EditSomeAsync<ProfessionalRegistration>(userId, random, r => r.AnchorDate = Day(random).AddYears(2)) ? "edit registration" : "none";
            case 10:
                await WriteAsync(db => db.Registrations.Add(new ProfessionalRegistration
                {
                    OwnerId = userId, BodyCode = random.Next(2) == 0 ? "CIPD" : "HCPC", RegistrationNumber = "R" + random.Next(),
                    AnchorDate = Day(random).AddYears(1), CreatedAt = Monday.AddSeconds(random.Next()),
                }));
                return "add registration";
            case 11:
                return await EditSomeAsync<CpdActivity>(userId, random, a =>
                {
                    a.OwnerId = otherId;
                    a.Number = 100_000 + ++_moved; // numbers are unique per owner
                }) ? "move to another owner" : "none";
            case 12:
                await factory.WithDbAsync(async db =>
                {
                    var body = await db.CustomBodies.SingleAsync(b => b.Id == customId);
                    body.RequiredHours = random.Next(5, 60);
                    body.MinimumDistinctActivityTypes = random.Next(0, 4);
                    return await db.SaveChangesAsync();
                });
                return "custom body edit";
            case 13:
                await WriteAsync(db => db.RecordCounters.Add(new RecordCounter { OwnerId = userId, Prefix = "Q" + ++_counters, Last = 1 }));
                return "save without records";
            case 14:
                await WriteAsync(db => db.Activities.Add(new CpdActivity
                {
                    OwnerId = otherId, Title = "Someone else's", StartDate = Day(random), EndDate = Day(random), Hours = 3, CreatedAt = Monday, UpdatedAt = Monday,
                }));
                return "other user's write";
            default:
                await WriteAsync(db =>
                {
                    db.Reflections.Add(new ReflectiveAccount { OwnerId = userId, Title = "R", Date = Day(random), CodeThemes = (CodeThemes)random.Next(0, 16), CreatedAt = Monday, UpdatedAt = Monday });
                    db.Feedback.Add(new FeedbackEntry { OwnerId = userId, Date = Day(random), Source = (FeedbackSource)random.Next(0, 8), CreatedAt = Monday, UpdatedAt = Monday });
                    db.Discussions.Add(new ReflectiveDiscussion { OwnerId = userId, Date = Day(random), PartnerNmcPin = random.Next(2) == 0 ? "12A3456E" : "", CreatedAt = Monday, UpdatedAt = Monday });
                    db.Confirmations.Add(new Confirmation
                    {
                        OwnerId = userId, Date = Day(random), ConfirmerIsNmcRegistrant = random.Next(2) == 0, ItemsConfirmed = (ConfirmationItems)random.Next(0, 128),
                        CreatedAt = Monday, UpdatedAt = Monday,
                    });
                    db.PracticeHours.Add(new PracticeHoursEntry
                    {
                        OwnerId = userId, StartDate = Day(random), EndDate = Day(random).AddDays(200), Hours = random.Next(0, 600), RegistrationType = "Nurse",
                        CreatedAt = Monday, UpdatedAt = Monday,
                    });
                    db.Declarations.Add(new Declaration
                    {
                        OwnerId = userId, Date = Day(random), Kind = random.Next(2) == 0 ? DeclarationKind.Indemnity : DeclarationKind.HealthAndCharacter,
                        IndemnityThroughEmployer = random.Next(2) == 0, CreatedAt = Monday, UpdatedAt = Monday,
                    });
                });
                return "other record kinds";
        }
    }

    private static DateOnly Day(Random random) => new DateOnly(2023, 1, 1).AddDays(random.Next(0, 4 * 365));

    private static void Import(CpdLogDbContext db, string userId, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var start = Day(random);
            var hours = random.Next(0, 40) / 4m;
            db.Activities.Add(new CpdActivity
            {
                OwnerId = userId, Title = "Imported " + i, StartDate = start, EndDate = start.AddDays(random.Next(0, 3)), Hours = hours,
                ParticipatoryHours = random.Next(2) == 0 ? hours : 0, Method = (CpdMethod)random.Next(0, 13), ActivityType = (ActivityType)random.Next(0, 5),
                Status = random.Next(5) == 0 ? ActivityStatus.Planned : ActivityStatus.Completed, Description = new string('d', random.Next(0, 200)),
                CodeThemes = (CodeThemes)random.Next(0, 16), IsVerifiable = random.Next(2) == 0, IsEthics = random.Next(4) == 0,
                Tags = random.Next(3) == 0 ? "appraisal" : "", CreatedAt = Monday, UpdatedAt = Monday,
            });
        }
    }

    private static void AddRegistrations(CpdLogDbContext db, string userId, Random random, Guid? customId, string code = "")
    {
        var created = Monday.AddDays(-50);
        foreach (var body in new[] { "NMC", "CIPD", "ACCA", "HCPC", "GMC" })
        {
            db.Registrations.Add(new ProfessionalRegistration
            {
                OwnerId = userId, BodyCode = body, RegistrationNumber = "N" + random.Next(), AnchorDate = Day(random).AddYears(2), CreatedAt = created = created.AddMinutes(1),
            });
        }

        if (customId is { } id)
        {
            db.Registrations.Add(new ProfessionalRegistration
            {
                OwnerId = userId, BodyCode = code, CustomBodyId = id, AnchorDate = Day(random).AddYears(1), CreatedAt = created.AddMinutes(1),
            });
        }
    }

    private Task WriteAsync(Action<CpdLogDbContext> change) => factory.WithDbAsync(async db =>
    {
        change(db);
        return await db.SaveChangesAsync();
    });

    /// <summary>Changes one random live record of <typeparamref name="T"/>; false when there is none.</summary>
    private Task<bool> EditSomeAsync<T>(string userId, Random random, Action<T> change)
        where T : OwnedRecord => factory.WithDbAsync(async db =>
    {
        var live = await db.Set<T>().OwnedBy(userId).ToListAsync();
        if (live.Count == 0)
        {
            return false;
        }

        change(live[random.Next(live.Count)]);
        await db.SaveChangesAsync();
        return true;
    });

    /// <summary>Moves one random live record of a random kind to the bin; false when that kind has none.</summary>
    private Task<bool> BinSomeAsync(string userId, Random random) => factory.WithDbAsync(async db =>
    {
        IQueryable<OwnedRecord>[] kinds =
        [
            db.Activities.OwnedBy(userId), db.Reflections.OwnedBy(userId), db.Feedback.OwnedBy(userId), db.GapExplanations.OwnedBy(userId),
            db.Registrations.OwnedBy(userId), db.Declarations.OwnedBy(userId), db.Confirmations.OwnedBy(userId),
        ];
        var rows = await kinds[random.Next(kinds.Length)].ToListAsync();
        if (rows.Count == 0)
        {
            return false;
        }

        rows[random.Next(rows.Count)].MoveToBin(Monday);
        await db.SaveChangesAsync();
        return true;
    });

    private Task<bool> RestoreSomeAsync(string userId, Random random) => factory.WithDbAsync(async db =>
    {
        var binned = await db.Activities.InBinOf(userId).ToListAsync();
        var reflections = await db.Reflections.InBinOf(userId).ToListAsync();
        var registrations = await db.Registrations.InBinOf(userId).ToListAsync();
        var all = binned.Cast<OwnedRecord>().Concat(reflections).Concat(registrations).ToList();
        if (all.Count == 0)
        {
            return false;
        }

        all[random.Next(all.Count)].Restore();
        await db.SaveChangesAsync();
        return true;
    });

    private Task<bool> PurgeSomeAsync(string userId, Random random) => factory.WithDbAsync(async db =>
    {
        var rows = await db.Activities.Where(a => a.OwnerId == userId).ToListAsync();
        if (rows.Count == 0)
        {
            return false;
        }

        db.Activities.Remove(rows[random.Next(rows.Count)]);
        await db.SaveChangesAsync();
        return true;
    });

    private Task<long> StampAsync(string userId) =>
        factory.WithDbAsync(db => db.UserDataVersions.Where(v => v.UserId == userId).Select(v => v.Stamp).SingleAsync());

    private Task<string> AddUserAsync(string email) => factory.WithDbAsync(async db =>
    {
        var user = new CpdUser { UserName = email, Email = email, DisplayName = email };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    });

    private Task<Guid> AddCustomBodyAsync(string code) => factory.WithDbAsync(async db =>
    {
        var body = new CustomBodyDefinition
        {
            Code = code, Name = "Catch-up Institute", CycleMonths = 24, AnchorKind = AnchorKind.RenewalDate, RequiredHours = 30,
            RequiredParticipatoryHours = 5, RequiredReflections = 1, MinimumDistinctActivityTypes = 2, CreatedAt = Monday,
        };
        db.CustomBodies.Add(body);
        await db.SaveChangesAsync();
        return body.Id;
    });

    /// <summary>Today's judgement through the service and its cache, serialised; whether it came from the cache.</summary>
    private async Task<(string Json, bool Hit)> JudgeThroughCacheAsync(string userId)
    {
        var cache = factory.Services.GetRequiredService<ComplianceCache>();
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ComplianceService>();
        var hits = cache.Hits;
        var statuses = await service.ForUserAsync(userId, service.Today());
        return (JsonSerializer.Serialize(statuses, Json), cache.Hits > hits);
    }

    /// <summary>
    /// The reference: every column of every live record read now, no cache, each registration judged in creation
    /// order (records ordered by id, as the service orders them).
    /// </summary>
    private async Task<string> FullJudgementAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdLogDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ComplianceService>();
        var bodies = scope.ServiceProvider.GetRequiredService<BodyDirectory>();
        var asOf = service.Today();
        var registrations = await db.Registrations.OwnedBy(userId).AsNoTracking().ToListAsync();
        var all = await service.LoadEvidenceAsync(userId, asOf);
        var evidence = all with
        {
            Activities = [.. all.Activities.OrderBy(r => r.Id)],
            Reflections = [.. all.Reflections.OrderBy(r => r.Id)],
            Feedback = [.. all.Feedback.OrderBy(r => r.Id)],
            PracticeHours = [.. all.PracticeHours.OrderBy(r => r.Id)],
            Discussions = [.. all.Discussions.OrderBy(r => r.Id)],
            Confirmations = [.. all.Confirmations.OrderBy(r => r.Id)],
            Declarations = [.. all.Declarations.OrderBy(r => r.Id)],
            GapExplanations = [.. all.GapExplanations.OrderBy(r => r.Id)],
        };
        var custom = await bodies.CustomForAsync(registrations);
        var statuses = registrations.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r =>
        {
            var ruleSet = BodyDirectory.Resolve(r, custom, asOf);
            var input = evidence with { AnchorDate = r.AnchorDate, Options = r.Options, AsOf = asOf };
            var result = ruleSet?.Evaluate(input);
            return new RegistrationStatus(r, ruleSet?.Name ?? BodyDirectory.NameOf(r, custom), result)
            {
                Corrections = ruleSet is null || result is null ? [] : RuleCorrections.Changes(ruleSet, input, result),
            };
        }).ToList();
        Assert.Contains(statuses, s => s.Result is not null);
        return JsonSerializer.Serialize(statuses, Json);
    }
}
