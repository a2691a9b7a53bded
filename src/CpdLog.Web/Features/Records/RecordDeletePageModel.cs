namespace CpdLog.Web.Features.Records;

using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>What the shared delete-confirmation partial shows.</summary>
public abstract class RecordDeletePageModel : PageModel
{
    public string TypeName { get; protected set; } = "";

    public string Description { get; protected set; } = "";

    public string CancelUrl { get; protected set; } = "";
}
