namespace CpdLog.IntegrationTests.Paging;

using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.IntegrationTests.Infrastructure;

/// <summary>Bulk records straight into the database (the API would take minutes for thousands).</summary>
public static class PagingSeed
{
    /// <summary>
    /// A few sentences, as a real CPD entry has: the list pages must not carry it, however long the log.
    /// </summary>
    public const string Description =
        "A half-day workshop on patient-level costing run by the regional finance network. We worked through the "
        + "allocation of nursing time to patient episodes and compared our ward's results with two peer trusts. "
        + "I now reconcile the e-rostering extract to the costing model every month before the board report.";

    /// <summary>
    /// <paramref name="count"/> completed activities for <paramref name="ownerId"/>; end dates repeat every ten
    /// records (ties that only the id can order), counting back from <paramref name="latest"/>.
    /// </summary>
    public static async Task AddActivitiesAsync(CpdLogAppFactory factory, string ownerId, int count, DateOnly latest, Action<int, CpdActivity>? shape = null)
    {
        await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < count; i++)
            {
                var end = latest.AddDays(-(i / 10));
                var activity = new CpdActivity
                {
                    OwnerId = ownerId,
                    Title = $"Costing workshop {i:D4}",
                    StartDate = end,
                    EndDate = end,
                    Hours = 2m,
                    ParticipatoryHours = 1m,
                    Description = Description,
                    RelevanceToPractice = "I cost nursing time for the directorate.",
                    Tags = "costing",
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                shape?.Invoke(i, activity);
                db.Activities.Add(activity);
            }

            await db.SaveChangesAsync();
            return 0;
        });
    }

    /// <summary><paramref name="count"/> reflective accounts and as many feedback entries for <paramref name="ownerId"/>.</summary>
    public static async Task AddReflectionsAndFeedbackAsync(CpdLogAppFactory factory, string ownerId, int count, DateOnly latest)
    {
        await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < count; i++)
            {
                db.Reflections.Add(new ReflectiveAccount
                {
                    OwnerId = ownerId, Title = $"Reflection {i}", Date = latest.AddDays(-i % 700), Nature = Description,
                    Learning = Description, ChangeInPractice = "Monthly reconciliation", CodeRelevance = "Practise effectively",
                    CodeThemes = CodeThemes.PractiseEffectively, CreatedAt = now, UpdatedAt = now,
                });
                db.Feedback.Add(new FeedbackEntry
                {
                    OwnerId = ownerId, Date = latest.AddDays(-i % 700), Source = FeedbackSource.Manager, Type = "Verbal, informal",
                    Summary = Description, HowUsed = "Shared with the team", CreatedAt = now, UpdatedAt = now,
                });
            }

            await db.SaveChangesAsync();
            return 0;
        });
    }

    public static async Task<Guid> AddRegistrationAsync(CpdLogAppFactory factory, string ownerId, string bodyCode, string number, DateOnly anchor)
    {
        return await factory.WithDbAsync(async db =>
        {
            var registration = new ProfessionalRegistration
            {
                OwnerId = ownerId, BodyCode = bodyCode, RegistrationNumber = number, AnchorDate = anchor,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return registration.Id;
        });
    }
}
