namespace CpdLog.Web.Features.Evidence;

/// <summary><c>/Evidence/Download/{id}</c>: the owner's file as an attachment; anyone else gets 404.</summary>
public sealed class DownloadModel(EvidenceService evidence) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await evidence.OpenAsync(User.UserId(), id, ct) is not { } opened)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(opened.Content, opened.File.ContentType, opened.File.FileName);
    }
}
