namespace CpdLog.Web.Areas.Identity.Pages;

using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>An account page's title, with "Error: " first when the form on it has errors (NHS service manual).</summary>
public static class PageTitle
{
    public static string For(ModelStateDictionary modelState, string title)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.ErrorCount > 0 ? "Error: " + title : title;
    }
}
