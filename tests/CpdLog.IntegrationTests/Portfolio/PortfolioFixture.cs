namespace CpdLog.IntegrationTests.Portfolio;

using System.Net.Http.Json;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The app with a frozen clock (1 March 2027), a nurse with an NMC registration, 60 activities with Unicode titles,
/// reflections, feedback and one private activity, and one portfolio downloaded through the API (private items included).
/// </summary>
public class PortfolioFixture : CpdLogAppFactory
{
    public const string Email = "zoe.portfolio@example.nhs.uk";
    public const string DisplayName = "Zoë O'Brien-Łukasiewicz";
    public const string PinNumber = "12A3456E";
    public const string PrivateTitle = "Private counselling session notes";
    public static readonly DateTimeOffset Today = new(2027, 3, 1, 10, 30, 0, TimeSpan.Zero);

    private readonly Lazy<Task> _ready;

    public PortfolioFixture()
    {
        Now = Today;
        _ready = new Lazy<Task>(SeedAndDownloadAsync);
    }

    public HttpClient Api { get; private set; } = default!;

    public Guid RegistrationId { get; private set; }

    public IReadOnlyList<string> ActivityTitles { get; private set; } = [];

    /// <summary>The PDF as served by POST /api/v1/portfolios (includePrivate: true).</summary>
    public byte[] Pdf { get; private set; } = [];

    public HttpResponseMessage PdfResponse { get; private set; } = default!;

    public string Code { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portfolio:PublicBaseUrl"] = "https://cpd.example.nhs.uk",
        ["Portfolio:VerifyPermitLimit"] = "10000",
    };

    /// <summary>Seeds and downloads once per fixture; every test awaits it first.</summary>
    public Task ReadyAsync() => _ready.Value;

    private async Task SeedAndDownloadAsync()
    {
        Api = await CreateApiClientAsync(Email);
        (RegistrationId, ActivityTitles) = await SeedNurseAsync(this, Email, DisplayName, PinNumber, activities: 60);

        PdfResponse = await Api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = RegistrationId, includePrivate = true });
        PdfResponse.EnsureSuccessStatusCode();
        Pdf = await PdfResponse.Content.ReadAsByteArrayAsync();
        Code = PdfResponse.Headers.GetValues("X-Verification-Code").Single();
    }

    /// <summary>Seeds an NMC registration (renewal 30 June 2028: cycle 1 July 2025 to 30 June 2028) and its records.</summary>
    public static async Task<(Guid RegistrationId, IReadOnlyList<string> Titles)> SeedNurseAsync(
        CpdLogAppFactory app, string email, string displayName, string pin, int activities)
    {
        var userId = await app.UserIdAsync(email);
        var now = Today;
        var registration = new ProfessionalRegistration
        {
            OwnerId = userId,
            BodyCode = "NMC",
            RegistrationNumber = pin,
            AnchorDate = new DateOnly(2028, 6, 30),
            Options = new() { ["registration"] = "nurse" },
            CreatedAt = now,
            UpdatedAt = now,
        };
        var titles = new List<string>();
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            user.DisplayName = displayName;
            db.Registrations.Add(registration);

            string[] topics =
            [
                "Zoë's £ budgeting workshop", "Safeguarding adults level 3 — Łódź exchange", "Sepsis recognition: NEWS2 in practice",
                "Café-style dementia conversations (Übung)", "Naïve Bayes for rota planning", "Paediatric airway ‘hands on’ skills",
                "Wound care: négociation with tissue viability", "Medicines optimisation £ savings review",
            ];
            var first = new DateOnly(2025, 7, 10);
            for (var i = 0; i < activities; i++)
            {
                var end = first.AddDays(i * 9);
                var title = $"{topics[i % topics.Length]} #{i + 1}";
                titles.Add(title);
                db.Activities.Add(new CpdActivity
                {
                    OwnerId = userId,
                    Title = title,
                    StartDate = end,
                    EndDate = end,
                    Hours = 1.5m + (i % 4 * 0.25m),
                    ParticipatoryHours = i % 3 == 0 ? 0m : 1m,
                    Method = (CpdMethod)(i % 12),
                    ActivityType = (ActivityType)(i % 5),
                    Description = "Learning about person-centred care with colleagues from the multidisciplinary team.",
                    RelevanceToPractice = "Applies directly to my ward's discharge planning.",
                    CodeThemes = CodeThemes.PractiseEffectively | CodeThemes.PreserveSafety,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }

            db.Activities.Add(new CpdActivity
            {
                OwnerId = userId, Title = PrivateTitle, StartDate = new DateOnly(2026, 1, 5), EndDate = new DateOnly(2026, 1, 5),
                Hours = 2m, ParticipatoryHours = 2m, IsPrivate = true, CreatedAt = now, UpdatedAt = now,
            });

            // Binned and planned activities never appear.
            db.Activities.Add(new CpdActivity
            {
                OwnerId = userId, Title = "Binned activity", StartDate = new DateOnly(2026, 2, 1), EndDate = new DateOnly(2026, 2, 1),
                Hours = 3m, DeletedAt = now, CreatedAt = now, UpdatedAt = now,
            });

            for (var i = 0; i < 5; i++)
            {
                var date = new DateOnly(2026, 2 + i, 14);
                db.Reflections.Add(new ReflectiveAccount
                {
                    OwnerId = userId, Title = $"Reflection on handover {i + 1}", Date = date,
                    Nature = "A busy night shift handover.", Learning = "Structured handover (SBAR) reduces omissions.",
                    ChangeInPractice = "I now use SBAR for every handover.", CodeRelevance = "Practise effectively.",
                    CodeThemes = CodeThemes.PractiseEffectively, CreatedAt = now, UpdatedAt = now,
                });
                db.Feedback.Add(new FeedbackEntry
                {
                    OwnerId = userId, Date = date.AddDays(3), Source = (FeedbackSource)i, Type = "Written",
                    Summary = $"Thank-you card from a patient's family ({i + 1})", HowUsed = "Shared with the team at huddle.",
                    CreatedAt = now, UpdatedAt = now,
                });
            }

            db.PracticeHours.Add(new PracticeHoursEntry
            {
                OwnerId = userId, StartDate = new DateOnly(2025, 7, 1), EndDate = new DateOnly(2027, 2, 28),
                Organisation = "St Elsewhere NHS Foundation Trust", WorkSetting = "Hospital ward", ScopeOfPractice = "Adult nursing",
                Hours = 2400m, CreatedAt = now, UpdatedAt = now,
            });
            return await db.SaveChangesAsync();
        });
        return (registration.Id, titles);
    }
}
