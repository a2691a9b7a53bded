namespace CpdLog.Web.Features.Records.Reflections;

using AutoMapper;

/// <summary>Add and Edit of a reflective account, with the user's own activities and feedback to link it to.</summary>
public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<ReflectiveAccount, ReflectionInput>(db, mapper, clock)
{
    public IReadOnlyList<SelectListItem> ActivityChoices { get; private set; } = [];

    public IReadOnlyList<SelectListItem> FeedbackChoices { get; private set; } = [];

    /// <summary>The user's own activities and feedback, to link the account to.</summary>
    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        var activities = await RecordTypes.Activities.Owned(Db, ownerId).ToListAsync(ct);
        ActivityChoices = [new("None", ""), .. activities.Select(a => new SelectListItem($"{a.Title} ({RecordFormat.ShortDate(a.EndDate)})", a.Id.ToString()))];
        var feedback = await RecordTypes.Feedback.Owned(Db, ownerId).ToListAsync(ct);
        FeedbackChoices = [new("None", ""), .. feedback.Select(f => new SelectListItem(RecordTypes.Feedback.Describe(f), f.Id.ToString()))];
    }
}
