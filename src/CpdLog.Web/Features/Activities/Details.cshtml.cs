namespace CpdLog.Web.Features.Activities;

using AutoMapper;
using CpdLog.Web.Features.Evidence;
using Microsoft.AspNetCore.Mvc.Filters;

/// <summary>One activity: every field, and the shared evidence panel (which posts to <c>/Evidence/Upload</c>).</summary>
public sealed class DetailsModel(CpdLogDbContext db, IMapper mapper, EvidenceService evidence) : PageModel
{
    public ActivityDto Activity { get; private set; } = default!;

    public EvidencePanel Evidence { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var activity = await RecordTypes.Activities.FindAsync(db, User.UserId(), id, ct);
        if (activity is null)
        {
            return NotFound();
        }

        Activity = mapper.Map<ActivityDto>(activity);
        Evidence = await EvidencePanel.LoadAsync(this, evidence, mapper, RecordKind.Activity, id, ct);
        return Page();
    }

    /// <summary>
    /// This page has no POST handlers any more (evidence posts to <c>/Evidence/Upload</c>): a request with no handler,
    /// e.g. from a page opened before that change, is a 404 rather than a render without a model.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
        }
    }
}
