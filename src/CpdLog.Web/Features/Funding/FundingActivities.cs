namespace CpdLog.Web.Features.Funding;

/// <summary>
/// The CPD log side of funded study: approval plans an activity, completion completes it (with a private reflection),
/// withdrawal moves the plan to the bin.
/// </summary>
public sealed class FundingActivities(CpdLogDbContext db, FundingCalendar calendar)
{
    public void AddPlanned(FundingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activity = NewActivity(request);
        db.Activities.Add(activity);
        request.ActivityId = activity.Id;
    }

    /// <summary>The study will not happen: its planned CPD activity goes to the bin (restorable), so the log keeps no plan nobody follows.</summary>
    public async Task BinPlannedAsync(FundingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ActivityId is { } activityId)
        {
            var planned = await db.Activities.OwnedBy(request.RequesterId)
                .SingleOrDefaultAsync(a => a.Id == activityId && a.Status == ActivityStatus.Planned, ct);
            planned?.MoveToBin(calendar.Now);
        }
    }

    /// <summary>The linked activity becomes Completed (so its hours count), and the reflection is kept as a private reflective account.</summary>
    public async Task<CpdActivity> CompleteAsync(FundingRequest request, DateOnly completedOn, decimal actualHours, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = calendar.Now;
        var activity = request.ActivityId is { } aid
            ? await db.Activities.OwnedBy(request.RequesterId).SingleOrDefaultAsync(a => a.Id == aid, ct)
            : null;
        if (activity is null)
        {
            activity = NewActivity(request);
            db.Activities.Add(activity);
            request.ActivityId = activity.Id;
        }

        activity.Status = ActivityStatus.Completed;
        activity.EndDate = completedOn;
        activity.Hours = actualHours;
        activity.ParticipatoryHours = Math.Min(activity.ParticipatoryHours, actualHours);
        activity.LearningOutcomes = request.Reflection;
        activity.UpdatedAt = now;
        db.Reflections.Add(new ReflectiveAccount
        {
            OwnerId = request.RequesterId,
            Title = "Reflection: " + request.Title,
            Date = completedOn,
            Nature = $"{request.Title} ({request.Provider}), funded by the employer",
            Learning = request.Reflection,
            ActivityId = activity.Id,
            IsPrivate = true,
            CreatedAt = now,
            UpdatedAt = now,
        });
        return activity;
    }

    private CpdActivity NewActivity(FundingRequest r) => new()
    {
        OwnerId = r.RequesterId,
        Title = r.Title,
        StartDate = r.StartDate,
        EndDate = r.EndDate,
        Hours = r.PlannedHours,
        Status = ActivityStatus.Planned,
        FundingRequestId = r.Id,
        Method = r.Mode switch
        {
            StudyMode.Online => CpdMethod.ELearning,
            StudyMode.Conference => CpdMethod.ConferenceOrSeminar,
            StudyMode.WorkBased => CpdMethod.Secondment,
            _ => r.AcademicCredits > 0 ? CpdMethod.FormalQualification : CpdMethod.CourseAttendance,
        },
        ActivityType = ActivityType.FormalEducational,
        Description = $"{r.Title} ({r.Provider}). {r.Justification}",
        RelevanceToPractice = r.ExpectedImpact,
        Tags = "funded",
        CreatedAt = calendar.Now,
        UpdatedAt = calendar.Now,
    };
}
