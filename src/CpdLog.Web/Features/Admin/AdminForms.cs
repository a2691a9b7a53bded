namespace CpdLog.Web.Features.Admin;

using Microsoft.AspNetCore.Mvc.ModelBinding;

public static class AdminForms
{
    /// <summary>Puts service errors ("lineManagerId") on form fields ("Input.LineManagerId").</summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError("Input." + char.ToUpperInvariant(key[0]) + key[1..], message);
            }
        }
    }
}
