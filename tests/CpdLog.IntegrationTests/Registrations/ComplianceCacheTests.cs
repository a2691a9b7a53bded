namespace CpdLog.IntegrationTests.Registrations;

using System.Net;
using System.Net.Http.Json;
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
/// The per-user compliance cache and the lean rule inputs: results equal a judgement from every column of every
/// record, and every cause of change (a write, the bin, restore, a gap explanation, a custom body edit, a new day, a
/// write made by another app instance on the same database) is seen on the next request.
/// </summary>
public sealed class ComplianceCacheTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Fact]
    public async Task LeanCachedResults_EqualFullUncachedJudgement_AcrossRecordShapes()
    {
        factory.Now = Monday;
        var customId = await AddCustomBodyAsync("X-SHAPE");
        var users = new List<string>();
        for (var seed = 1; seed <= 6; seed++)
        {
            users.Add(await AddUserWithRandomRecordsAsync(seed, customId));
        }

        var compared = 0;
        foreach (var day in new[] { Monday, new DateTimeOffset(2025, 3, 31, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero) })
        {
            factory.Now = day;
            foreach (var userId in users)
            {
                var asOf = CpdLog.Core.Time.UkCalendar.DateOf(day);
                var expected = await FullJudgementAsync(userId, asOf);
                var (first, firstHit) = await JudgeThroughCacheAsync(userId);
                var (second, secondHit) = await JudgeThroughCacheAsync(userId);

                Assert.False(firstHit);
                Assert.True(secondHit);
                Assert.Equal(expected, first);
                Assert.Equal(expected, second);
                compared++;
            }
        }

        Assert.Equal(18, compared);
    }

    [Fact]
    public async Task Write_Bin_Restore_EachSeenOnTheNextRequest()
    {
        factory.Now = Monday;
        var (client, id) = await NmcUserAsync("cache-writes@example.nhs.uk");
        Assert.Equal(0m, await HoursAsync(client, id));
        Assert.Equal(0m, await HoursAsync(client, id)); // served from the cache

        var created = await client.PostAsJsonAsync("/api/v1/activities", Activity("2026-10-01", 7.5m));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activityId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(7.5m, await HoursAsync(client, id));

        var edit = await client.PutAsJsonAsync($"/api/v1/activities/{activityId}", Activity("2026-10-01", 9m));
        Assert.True(edit.IsSuccessStatusCode, $"edit: {(int)edit.StatusCode}");
        Assert.Equal(9m, await HoursAsync(client, id));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/activities/{activityId}")).StatusCode);
        Assert.Equal(0m, await HoursAsync(client, id));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/bin/activities/{activityId}/restore", null)).StatusCode);
        Assert.Equal(9m, await HoursAsync(client, id));
    }

    [Fact]
    public async Task GapExplanation_SeenOnTheNextRequest()
    {
        factory.Now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var client = await factory.CreateApiClientAsync("cache-gaps@example.nhs.uk");
        var created = await client.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "HCPC", registrationNumber = "PA1", anchorDate = "2027-08-31" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync("/api/v1/activities", Activity("2025-09-01", 3m))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/activities", Activity("2026-06-01", 3m))).EnsureSuccessStatusCode();
        async Task<bool> ExplainedAsync() =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance"))
                .GetProperty("gaps").EnumerateArray().Single().GetProperty("explained").GetBoolean();

        Assert.False(await ExplainedAsync());
        Assert.False(await ExplainedAsync());
        var explained = await client.PostAsJsonAsync("/api/v1/gap-explanations", new { from = "2025-09-02", to = "2026-05-31", reason = "Illness", details = "" });
        Assert.Equal(HttpStatusCode.Created, explained.StatusCode);

        Assert.True(await ExplainedAsync());
    }

    [Fact]
    public async Task CustomBodyEdit_ByAdmin_SeenByEveryHolder()
    {
        factory.Now = Monday;
        var admin = await factory.CreateApiClientAsync("cache-body-admin@example.nhs.uk", "Admin");
        var body = await (await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "x-cache", name = "Cache Institute", cycleMonths = 12, anchorKind = "CycleStart", requiredHours = 10 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var holders = new List<(HttpClient Client, Guid Id)>();
        foreach (var email in new[] { "cache-holder-1@example.nhs.uk", "cache-holder-2@example.nhs.uk" })
        {
            var member = await factory.CreateApiClientAsync(email);
            var created = await member.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "X-CACHE", registrationNumber = "C1", anchorDate = "2026-01-01" });
            holders.Add((member, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        }

        foreach (var (member, id) in holders)
        {
            Assert.Equal(10m, await RequiredAsync(member, id));
            Assert.Equal(10m, await RequiredAsync(member, id));
        }

        var edit = await admin.PutAsJsonAsync($"/api/v1/admin/bodies/{body.GetProperty("id").GetGuid()}",
            new { name = "Cache Institute", cycleMonths = 12, anchorKind = "CycleStart", requiredHours = 25, effectiveFrom = "2026-01-01" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        foreach (var (member, id) in holders)
        {
            Assert.Equal(25m, await RequiredAsync(member, id));
        }
    }

    [Fact]
    public async Task NewDay_OnTheClock_JudgedAgain()
    {
        factory.Now = Monday;
        await NmcUserAsync("cache-day@example.nhs.uk");
        var userId = await factory.UserIdAsync("cache-day@example.nhs.uk");
        var cache = factory.Services.GetRequiredService<ComplianceCache>();
        async Task<int?> DaysLeftAsync()
        {
            // Through the service: a bearer token signed on Monday does not outlive the day this test moves to.
            await using var scope = factory.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ComplianceService>();
            return (await service.ForUserAsync(userId, service.Today())).Single().Result!.DaysLeft;
        }

        var monday = await DaysLeftAsync();
        factory.Now = Monday.AddHours(14); // 23:00 the same day: still cached
        var hits = cache.Hits;
        Assert.Equal(monday, await DaysLeftAsync());
        Assert.Equal(hits + 1, cache.Hits);

        factory.Now = Monday.AddDays(1);
        Assert.Equal(monday - 1, await DaysLeftAsync());
        Assert.Equal(hits + 1, cache.Hits);
    }

    [Fact]
    public async Task RulesVersion_IsInTheKey()
    {
        factory.Now = Monday;
        await NmcUserAsync("cache-rules@example.nhs.uk");
        var userId = await factory.UserIdAsync("cache-rules@example.nhs.uk");
        var cache = factory.Services.GetRequiredService<ComplianceCache>();
        await JudgeThroughCacheAsync(userId);
        Assert.True((await JudgeThroughCacheAsync(userId)).Hit);

        cache.RulesVersion = ComplianceCache.DefaultRulesVersion + ";NMC:next";
        try
        {
            Assert.False((await JudgeThroughCacheAsync(userId)).Hit);
            Assert.True((await JudgeThroughCacheAsync(userId)).Hit);
        }
        finally
        {
            cache.RulesVersion = ComplianceCache.DefaultRulesVersion;
        }
    }

    [Fact]
    public async Task WriteOnAnotherInstance_SharingTheDatabase_SeenByThisInstance()
    {
        factory.Now = Monday;
        var (client, id) = await NmcUserAsync("cache-instances@example.nhs.uk");
        var userId = await factory.UserIdAsync("cache-instances@example.nhs.uk");
        Assert.Equal(0m, await HoursAsync(client, id));
        Assert.True((await JudgeThroughCacheAsync(userId)).Hit);

        await using (var other = new SecondInstance(factory))
        {
            await other.InitializeAsync();
            other.Now = Monday;
            await other.WithDbAsync(async db =>
            {
                db.Activities.Add(new CpdActivity
                {
                    OwnerId = userId, Title = "Written by the other instance", StartDate = new DateOnly(2026, 9, 1), EndDate = new DateOnly(2026, 9, 1),
                    Hours = 4.5m, CreatedAt = Monday, UpdatedAt = Monday,
                });
                return await db.SaveChangesAsync();
            });
        }

        Assert.Equal(4.5m, await HoursAsync(client, id));
    }

    [Fact]
    public async Task Stamp_ChangesInTheSameSaveChanges_ForEveryOwnedType()
    {
        factory.Now = Monday;
        await NmcUserAsync("cache-stamps@example.nhs.uk");
        var userId = await factory.UserIdAsync("cache-stamps@example.nhs.uk");
        OwnedRecord[] records =
        [
            new ReflectiveAccount { OwnerId = userId, Title = "R", Date = new DateOnly(2026, 1, 1) },
            new FeedbackEntry { OwnerId = userId, Date = new DateOnly(2026, 1, 1) },
            new PracticeHoursEntry { OwnerId = userId, StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 1, 2), Hours = 7 },
            new ReflectiveDiscussion { OwnerId = userId, Date = new DateOnly(2026, 1, 1) },
            new Confirmation { OwnerId = userId, Date = new DateOnly(2026, 1, 1) },
            new Declaration { OwnerId = userId, Date = new DateOnly(2026, 1, 1) },
            new GapExplanation { OwnerId = userId, From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 4, 1), Reason = "Leave" },
            new ProfessionalRegistration { OwnerId = userId, BodyCode = "CIPD", AnchorDate = new DateOnly(2026, 1, 1) },
        ];
        foreach (var record in records)
        {
            var before = await StampAsync(userId);
            await factory.WithDbAsync(async db =>
            {
                db.Add(record);
                return await db.SaveChangesAsync();
            });
            var added = await StampAsync(userId);
            await factory.WithDbAsync(async db =>
            {
                db.Attach(record);
                record.MoveToBin(Monday);
                return await db.SaveChangesAsync();
            });

            Assert.NotEqual(before, added);
            Assert.NotEqual(added, await StampAsync(userId));
        }
    }

    private Task<long> StampAsync(string userId) =>
        factory.WithDbAsync(db => db.UserDataVersions.Where(v => v.UserId == userId).Select(v => v.Stamp).SingleAsync());

    private async Task<(HttpClient Client, Guid Id)> NmcUserAsync(string email)
    {
        var client = await factory.CreateApiClientAsync(email);
        var created = await client.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "NMC", registrationNumber = "12A3456E", anchorDate = "2027-06-30" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (client, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static object Activity(string date, decimal hours) => new
    {
        title = "Course on " + date,
        startDate = date,
        endDate = date,
        hours,
        participatoryHours = 0,
        method = "CourseAttendance",
        activityType = "FormalEducational",
        status = "Completed",
        description = "A long description that the rules never read",
        relevanceToPractice = "Relevant",
        learningOutcomes = "Learned",
    };

    private static async Task<decimal> HoursAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance"))
            .GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "cpd-hours")
            .GetProperty("achieved").GetDecimal();

    private static async Task<decimal> RequiredAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance"))
            .GetProperty("requirements")[0].GetProperty("required").GetDecimal();

    /// <summary>Today's judgement through the service (and its cache), serialised; whether it came from the cache.</summary>
    private async Task<(string Json, bool Hit)> JudgeThroughCacheAsync(string userId)
    {
        var cache = factory.Services.GetRequiredService<ComplianceCache>();
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ComplianceService>();
        var hits = cache.Hits;
        var statuses = await service.ForUserAsync(userId, service.Today());
        return (JsonSerializer.Serialize(statuses, Json), cache.Hits > hits);
    }

    /// <summary>The reference: every column of every live record, each registration judged with no cache.</summary>
    private async Task<string> FullJudgementAsync(string userId, DateOnly asOf)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdLogDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ComplianceService>();
        var bodies = scope.ServiceProvider.GetRequiredService<BodyDirectory>();
        var registrations = await db.Registrations.OwnedBy(userId).AsNoTracking().ToListAsync();
        var evidence = await service.LoadEvidenceAsync(userId, asOf);
        var custom = await bodies.CustomForAsync(registrations);
        var statuses = registrations.OrderBy(r => r.CreatedAt).Select(r =>
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

    private Task<Guid> AddCustomBodyAsync(string code) => factory.WithDbAsync(async db =>
    {
        var body = new CustomBodyDefinition
        {
            Code = code, Name = "Shape Institute", CycleMonths = 24, AnchorKind = AnchorKind.RenewalDate, RequiredHours = 30,
            RequiredParticipatoryHours = 5, RequiredVerifiableHours = 10, RequiredReflections = 2, RequiredFeedback = 1,
            MinimumDistinctActivityTypes = 3, Notes = "Shapes", CreatedAt = Monday,
        };
        db.CustomBodies.Add(body);
        await db.SaveChangesAsync();
        return body.Id;
    });

    /// <summary>A user holding every built-in body (some options varied) and a custom one, with random records of every kind.</summary>
    private Task<string> AddUserWithRandomRecordsAsync(int seed, Guid customId) => factory.WithDbAsync(async db =>
    {
        var random = new Random(seed);
        var user = new CpdUser { UserName = $"shape-{seed}@example.nhs.uk", Email = $"shape-{seed}@example.nhs.uk", DisplayName = "Shape " + seed };
        db.Users.Add(user);
        await db.SaveChangesAsync();

        DateOnly Day() => new DateOnly(2022, 1, 1).AddDays(random.Next(0, 6 * 365));
        T Pick<T>(params T[] items) => items[random.Next(items.Length)];
        var created = Monday.AddDays(-100);
        void Register(string body, Dictionary<string, string>? options = null, Guid? custom = null) => db.Registrations.Add(new ProfessionalRegistration
        {
            OwnerId = user.Id, BodyCode = body, AnchorDate = Day(), Options = options ?? [], CustomBodyId = custom, CreatedAt = created = created.AddMinutes(1),
        });
        Register("NMC", new() { ["registration"] = Pick("nurse", "nurse-and-midwife", "nursing-associate-and-nurse"), ["submittedOn"] = Pick("", "2027-05-20") });
        Register("HCPC");
        Register("GMC", new() { ["patientFacing"] = Pick("true", "false") });
        Register("CIPD");
        Register("ACCA", new() { ["route"] = Pick("unit", "ifac") });
        Register("CIMA");
        Register("ICAEW", new() { ["category"] = Pick("1", "2", "3"), ["inPractice"] = Pick("true", "false") });
        Register("CIPFA", new() { ["cycle"] = Pick("fixed", "rolling") });
        Register("CMI");
        Register("SCIENCE-COUNCIL");
        Register("X-SHAPE", custom: customId);

        var activities = new List<CpdActivity>();
        for (var i = random.Next(0, 60); i > 0; i--)
        {
            var start = Day();
            var hours = random.Next(0, 40) / 4m;
            activities.Add(new CpdActivity
            {
                OwnerId = user.Id, Title = "Activity " + i, StartDate = start, EndDate = start.AddDays(Pick(0, 0, 3, 40)), Hours = hours,
                ParticipatoryHours = Pick(0m, hours, hours + 2m, hours / 2m), Method = (CpdMethod)random.Next(0, 13),
                ActivityType = (ActivityType)random.Next(0, 5), Status = Pick(ActivityStatus.Completed, ActivityStatus.Completed, ActivityStatus.Planned),
                Description = new string('d', random.Next(0, 400)), RelevanceToPractice = "Relevant", LearningOutcomes = "Learned",
                CodeThemes = (CodeThemes)random.Next(0, 16), Standards = "Standards", IsVerifiable = random.Next(2) == 0, IsEthics = random.Next(4) == 0,
                Tags = Pick("", "appraisal", "qi, audit", "patient-feedback;complaint", "colleague-feedback", "significant-event", "Compliment"),
                IsPrivate = random.Next(5) == 0, DeletedAt = random.Next(8) == 0 ? Monday : null, CreatedAt = Monday, UpdatedAt = Monday,
            });
        }

        db.Activities.AddRange(activities);
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            db.Reflections.Add(new ReflectiveAccount
            {
                OwnerId = user.Id, Title = "Reflection", Date = Day(), Nature = "n", Learning = "l", ChangeInPractice = "c", CodeRelevance = "r",
                ActivityId = activities.Count > 0 && random.Next(3) > 0 ? Pick([.. activities]).Id : null, DeletedAt = random.Next(8) == 0 ? Monday : null,
                CreatedAt = Monday, UpdatedAt = Monday,
            });
            db.Feedback.Add(new FeedbackEntry
            {
                OwnerId = user.Id, Date = Day(), Source = (FeedbackSource)random.Next(0, 8), Type = "t", Summary = "s", HowUsed = "h", CreatedAt = Monday, UpdatedAt = Monday,
            });
        }

        for (var i = random.Next(0, 6); i > 0; i--)
        {
            var start = Day();
            db.PracticeHours.Add(new PracticeHoursEntry
            {
                OwnerId = user.Id, StartDate = start, EndDate = start.AddDays(random.Next(0, 300)), Hours = random.Next(0, 900),
                RegistrationType = Pick("Nurse", "Midwife", "Nursing associate", "Nurse/SCPHN", "Other"), Organisation = "Trust", CreatedAt = Monday, UpdatedAt = Monday,
            });
            db.Discussions.Add(new ReflectiveDiscussion
            {
                OwnerId = user.Id, Date = Day(), PartnerName = "P", PartnerNmcPin = Pick("", " ", "12A3456E"), Notes = "notes", CreatedAt = Monday, UpdatedAt = Monday,
            });
            db.Confirmations.Add(new Confirmation
            {
                OwnerId = user.Id, Date = Day(), ConfirmerName = "C", ConfirmerIsNmcRegistrant = random.Next(2) == 0,
                ConfirmerCategory = (ConfirmerCategory)random.Next(0, 6), ItemsConfirmed = (ConfirmationItems)random.Next(0, 128), CreatedAt = Monday, UpdatedAt = Monday,
            });
            db.Declarations.Add(new Declaration
            {
                OwnerId = user.Id, Date = Day(), Kind = Pick(DeclarationKind.HealthAndCharacter, DeclarationKind.Indemnity), Statement = "I declare",
                IndemnityThroughEmployer = random.Next(2) == 0, IndemnityProvider = Pick("", "RCN"), CreatedAt = Monday, UpdatedAt = Monday,
            });
            var from = Day();
            db.GapExplanations.Add(new GapExplanation
            {
                OwnerId = user.Id, From = from, To = from.AddDays(random.Next(-5, 200)), Reason = "Leave", Details = "Details",
                DeletedAt = random.Next(5) == 0 ? Monday : null, CreatedAt = Monday, UpdatedAt = Monday,
            });
        }

        await db.SaveChangesAsync();
        return user.Id;
    });

    /// <summary>A second app instance (its own process-wide services and cache) on the first one's database.</summary>
    /// <remarks>Disposed as a host only: the data folder and database stay with the first instance.</remarks>
    private sealed class SecondInstance(CpdLogAppFactory first) : CpdLogAppFactory(first.DataPath, first.PostgresDatabase, createDatabase: false);
}
