namespace CpdLog.Web.Features.Admin;

using Microsoft.AspNetCore.Mvc.ModelBinding;

public static class AdminForms
{
    /// <summary>Puts service errors ("lineManagerId") on form fields ("Input.LineManagerId") through the one mapper.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        modelState.AddFieldErrors(errors.SelectMany(e => e.Value.Select(message => new FieldError(e.Key, message))));
    }
}
