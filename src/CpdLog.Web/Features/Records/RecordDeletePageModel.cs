namespace CpdLog.Web.Features.Records;

using CpdLog.Web.Features.Shared.TagHelpers;

/// <summary>What the shared delete-confirmation partial shows.</summary>
public abstract class RecordDeletePageModel : PageModel
{
    public string TypeName { get; protected set; } = "";

    public string Description { get; protected set; } = "";

    public string CancelUrl { get; protected set; } = "";

    /// <summary>The page's question and title, in sentence case: "Delete this CPD activity?".</summary>
    public string Question => $"Delete this {Humanise.InSentence(TypeName)}{(TypeName.EndsWith("hours", StringComparison.Ordinal) ? " record" : "")}?";
}
