namespace CpdLog.Web.Infrastructure.Scale;

using System.Diagnostics;

/// <summary>
/// <c>--seed-scale USERS ACTIVITIES</c>: fills an EMPTY Development database with a trust's worth of data for load
/// tests — USERS accounts (teams of ten: a line manager and nine reports) each holding NMC, CIPD and ACCA
/// registrations, ACTIVITIES activities with a few sentences of description, and matching reflections, feedback,
/// practice hours, a discussion, a confirmation, declarations and two funding requests (one submitted to the line
/// manager). Bulk inserts (PostgreSQL binary COPY). Every account has the password <see cref="Password"/>, so the
/// seeder refuses to run outside Development or on a database that already has users.
/// </summary>
public static class ScaleSeeder
{
    /// <summary>The known password of every seeded account (which is why this is Development-only).</summary>
    public const string Password = "Scale-Test-Password-1";

    /// <summary>Seeded accounts are <c>scale-00001@example.nhs.uk</c> upwards.</summary>
    public static string Email(int index) => $"scale-{index:D5}@example.nhs.uk";

    private const int UsersPerBatch = 100;

    private static readonly string[] Sentences =
    [
        "Attended the regional update on sepsis recognition and the revised escalation pathway.",
        "Discussed how the ward applies the NEWS2 thresholds overnight and where handover loses detail.",
        "Reviewed three recent incidents with the practice educator and agreed changes to the checklist.",
        "Read the latest guidance on medicines reconciliation and compared it with our admission audit.",
        "Practised the new budget-setting template with the finance business partner for next year.",
        "Shadowed the discharge team for a morning to understand delays in transport booking.",
    ];

    public static async Task<int> RunAsync(IServiceProvider services, int users, int activities, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var environment = scope.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var db = scope.ServiceProvider.GetRequiredService<CpdLogDbContext>();
        if (!environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync($"--seed-scale refused: it creates accounts with a known password, so it runs only in Development (this is {environment.EnvironmentName}).");
            return 2;
        }

        if (await db.Users.AnyAsync(ct))
        {
            await Console.Error.WriteLineAsync("--seed-scale refused: the database already has users. Seed an empty database.");
            return 2;
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = clock.UkToday();
        var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<CpdUser>>().HashPassword(new CpdUser(), Password);
        var lineManagerRole = await db.Roles.Where(r => r.Name == Roles.LineManager).Select(r => r.Id).SingleAsync(ct);
        var writer = new BulkWriter(db);
        var watch = Stopwatch.StartNew();
        var batch = new Batch();
        for (var start = 1; start <= users; start += UsersPerBatch)
        {
            batch.Clear();
            for (var index = start; index < start + UsersPerBatch && index <= users; index++)
            {
                AddUser(batch, index, activities, hash, lineManagerRole, now, today);
            }

            await batch.WriteAsync(writer, ct);
            if ((start - 1) % (UsersPerBatch * 10) == 0 || start + UsersPerBatch > users)
            {
                Console.WriteLine($"--seed-scale: {Math.Min(users, start + UsersPerBatch - 1)} of {users} users ({watch.Elapsed:mm\\:ss})");
            }
        }

        if (!db.IsSqlite)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }

        Console.WriteLine($"--seed-scale: {users} users × {activities} activities in {watch.Elapsed:mm\\:ss}; password for every account: {Password}");
        return 0;
    }

    private static void AddUser(Batch batch, int index, int activities, string hash, string lineManagerRole, DateTimeOffset now, DateOnly today)
    {
        var random = new Random(index);
        var email = Email(index);
        var isLineManager = (index - 1) % 10 == 0;
        var manager = isLineManager ? null : Id(index - ((index - 1) % 10));
        var costCentre = $"CC-{(index - 1) / 10:D4}";
        var user = new CpdUser
        {
            Id = Id(index), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            DisplayName = $"Scale User {index:D5}", JobTitle = isLineManager ? "Ward Manager" : "Staff Nurse", LineManagerId = manager,
            CostCentre = costCentre, Fte = 1m, CreatedAt = now, LockoutEnabled = true,
        };
        batch.Users.Add(user);
        batch.Versions.Add(new UserDataVersion { UserId = user.Id });
        if (isLineManager)
        {
            batch.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = lineManagerRole });
        }

        var created = now.AddDays(-30);
        var renewal = new DateOnly(today.Year + 1 + (index % 2), 1 + (index % 12), 1).AddMonths(1).AddDays(-1);
        batch.Registrations.Add(new ProfessionalRegistration { OwnerId = user.Id, BodyCode = "NMC", RegistrationNumber = $"{index:D2}A{index % 10000:D4}E", AnchorDate = renewal, CreatedAt = created, UpdatedAt = created });
        batch.Registrations.Add(new ProfessionalRegistration { OwnerId = user.Id, BodyCode = "CIPD", RegistrationNumber = $"C{index:D6}", AnchorDate = new DateOnly(2020, 1, 1), CreatedAt = created.AddMinutes(1), UpdatedAt = created });
        batch.Registrations.Add(new ProfessionalRegistration { OwnerId = user.Id, BodyCode = "ACCA", RegistrationNumber = $"A{index:D6}", AnchorDate = new DateOnly(2018, 6, 1), CreatedAt = created.AddMinutes(2), UpdatedAt = created });

        DateOnly Past(int days) => today.AddDays(-random.Next(0, days));
        var mine = new List<CpdActivity>(activities);
        for (var n = 1; n <= activities; n++)
        {
            var end = Past(3 * 365);
            var hours = random.Next(1, 16) / 2m;
            mine.Add(new CpdActivity
            {
                OwnerId = user.Id, Number = n, Title = $"Activity {n}: {Sentences[n % Sentences.Length][..40]}", StartDate = end.AddDays(-random.Next(0, 3)), EndDate = end,
                Hours = hours, ParticipatoryHours = random.Next(2) == 0 ? hours : 0m, Method = (CpdMethod)random.Next(0, 13), ActivityType = (ActivityType)random.Next(0, 5),
                Status = random.Next(20) == 0 ? ActivityStatus.Planned : ActivityStatus.Completed,
                Description = Sentences[n % Sentences.Length] + " " + Sentences[(n + 1) % Sentences.Length] + " " + Sentences[(n + 2) % Sentences.Length],
                RelevanceToPractice = Sentences[(n + 3) % Sentences.Length], LearningOutcomes = Sentences[(n + 4) % Sentences.Length],
                CodeThemes = (CodeThemes)random.Next(1, 16), Standards = "", IsVerifiable = random.Next(3) > 0, IsEthics = random.Next(10) == 0,
                Tags = random.Next(4) == 0 ? "audit, appraisal" : "", IsPrivate = random.Next(10) == 0, CreatedAt = now, UpdatedAt = now,
            });
        }

        batch.Activities.AddRange(mine);
        var reflections = Math.Max(1, activities / 10);
        for (var n = 1; n <= reflections; n++)
        {
            batch.Reflections.Add(new ReflectiveAccount
            {
                OwnerId = user.Id, Number = n, Title = "Reflection " + n, Date = Past(3 * 365), Nature = Sentences[n % Sentences.Length],
                Learning = Sentences[(n + 1) % Sentences.Length], ChangeInPractice = Sentences[(n + 2) % Sentences.Length], CodeRelevance = Sentences[(n + 3) % Sentences.Length],
                CodeThemes = CodeThemes.PractiseEffectively, ActivityId = mine.Count > 0 ? mine[random.Next(mine.Count)].Id : null, CreatedAt = now, UpdatedAt = now,
            });
        }

        var feedback = Math.Max(1, activities / 25);
        for (var n = 1; n <= feedback; n++)
        {
            batch.Feedback.Add(new FeedbackEntry
            {
                OwnerId = user.Id, Number = n, Date = Past(3 * 365), Source = (FeedbackSource)random.Next(0, 8), Type = "Thank-you card",
                Summary = Sentences[n % Sentences.Length], HowUsed = Sentences[(n + 1) % Sentences.Length], CreatedAt = now, UpdatedAt = now,
            });
        }

        for (var n = 1; n <= 3; n++)
        {
            var end = Past(3 * 365);
            batch.PracticeHours.Add(new PracticeHoursEntry
            {
                OwnerId = user.Id, Number = n, StartDate = end.AddDays(-300), EndDate = end, Organisation = "Scale NHS Foundation Trust", WorkSetting = "Hospital",
                ScopeOfPractice = "Direct patient care", RegistrationType = "Nurse", Hours = 300, Description = Sentences[n % Sentences.Length], CreatedAt = now, UpdatedAt = now,
            });
        }

        batch.Discussions.Add(new ReflectiveDiscussion { OwnerId = user.Id, Number = 1, Date = Past(300), PartnerName = "A Colleague", PartnerNmcPin = "98B7654C", Notes = Sentences[0], CreatedAt = now, UpdatedAt = now });
        batch.Confirmations.Add(new Confirmation { OwnerId = user.Id, Number = 1, Date = Past(300), ConfirmerName = "Ward Manager", ConfirmerRole = "Line manager", ConfirmerIsNmcRegistrant = true, CreatedAt = now, UpdatedAt = now });
        batch.Declarations.Add(new Declaration { OwnerId = user.Id, Number = 1, Kind = DeclarationKind.HealthAndCharacter, Date = Past(300), Statement = "I declare", CreatedAt = now, UpdatedAt = now });
        batch.Declarations.Add(new Declaration { OwnerId = user.Id, Number = 2, Kind = DeclarationKind.Indemnity, Date = Past(300), Statement = "I declare", IndemnityThroughEmployer = true, CreatedAt = now, UpdatedAt = now });
        foreach (var (prefix, last) in new[] { ("A", activities), ("R", reflections), ("F", feedback), ("P", 3), ("RD", 1), ("C", 1), ("D", 2) })
        {
            batch.Counters.Add(new RecordCounter { OwnerId = user.Id, Prefix = prefix, Last = last });
        }

        for (var n = 0; n < 2; n++)
        {
            var starts = today.AddDays(30 + random.Next(0, 200));
            var (request, result) = FundingRequest.Create(user.Id, new FundingRequestDetails(
                $"Course {n + 1} for {user.DisplayName}", "Scale University", starts, starts.AddDays(5), StudyMode.Classroom, null,
                400m + random.Next(0, 1000), 0m, 50m, 0m, 7.5m, "", 20m, 0, Sentences[n], Sentences[n + 1]), now);
            if (request is null)
            {
                throw new InvalidOperationException("Seed funding request refused: " + result.Refusal);
            }

            if (n == 1 && manager is not null)
            {
                request.Submit(user.Id, costCentre, now);
            }

            batch.Funding.Add(request);
            batch.Decisions.AddRange(request.History);
        }
    }

    private static string Id(int index) => new Guid(index, 0x5ca1, 0x5eed, 0, 0, 0, 0, 0, 0, 0, 0).ToString();

    private sealed class Batch
    {
        public List<CpdUser> Users { get; } = [];

        public List<UserDataVersion> Versions { get; } = [];

        public List<IdentityUserRole<string>> UserRoles { get; } = [];

        public List<ProfessionalRegistration> Registrations { get; } = [];

        public List<CpdActivity> Activities { get; } = [];

        public List<ReflectiveAccount> Reflections { get; } = [];

        public List<FeedbackEntry> Feedback { get; } = [];

        public List<PracticeHoursEntry> PracticeHours { get; } = [];

        public List<ReflectiveDiscussion> Discussions { get; } = [];

        public List<Confirmation> Confirmations { get; } = [];

        public List<Declaration> Declarations { get; } = [];

        public List<RecordCounter> Counters { get; } = [];

        public List<FundingRequest> Funding { get; } = [];

        public List<FundingDecision> Decisions { get; } = [];

        public void Clear()
        {
            foreach (var list in new System.Collections.IList[] { Users, Versions, UserRoles, Registrations, Activities, Reflections, Feedback, PracticeHours, Discussions, Confirmations, Declarations, Counters, Funding, Decisions })
            {
                list.Clear();
            }
        }

        public async Task WriteAsync(BulkWriter writer, CancellationToken ct)
        {
            await writer.WriteAsync(Users, ct);
            if (!writer.ThroughEf)
            {
                await writer.WriteAsync(Versions, ct); // through EF, SaveChanges stamps each new user itself
            }

            await writer.WriteAsync(UserRoles, ct);
            await writer.WriteAsync(Registrations, ct);
            await writer.WriteAsync(Activities, ct);
            await writer.WriteAsync(Reflections, ct);
            await writer.WriteAsync(Feedback, ct);
            await writer.WriteAsync(PracticeHours, ct);
            await writer.WriteAsync(Discussions, ct);
            await writer.WriteAsync(Confirmations, ct);
            await writer.WriteAsync(Declarations, ct);
            await writer.WriteAsync(Counters, ct);
            await writer.WriteAsync(Funding, ct);
            if (!writer.ThroughEf)
            {
                await writer.WriteAsync(Decisions, ct); // through EF, each request's history is saved with it
            }
        }
    }
}
