namespace CpdLog.Web.Features.Funding;

using Microsoft.AspNetCore.Mvc.ModelBinding;

public static class PageHelpers
{
    /// <summary>
    /// Shows a domain refusal on the form: every field error on its input (through <see cref="FieldErrorMapper"/>),
    /// anything else in the summary. <paramref name="prefix"/> is the bound model holding the inputs ("" for none).
    /// </summary>
    public static void AddRefusal(this ModelStateDictionary modelState, Refusal refusal, string prefix = "Input", IReadOnlyDictionary<string, string>? inputNames = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Kind == RefusalKind.Invalid)
        {
            modelState.AddFieldErrors(refusal.Errors, prefix, inputNames);
        }
        else
        {
            modelState.AddModelError("", refusal.Message);
        }
    }

    public static string Money(decimal? amount) => UkFormat.Money(amount);

    public static string Hours(decimal? hours) => UkFormat.Hours(hours);

    public static string Date(DateOnly? date) => UkFormat.ShortDate(date);

    public static string When(DateTimeOffset at) => UkFormat.ShortInstant(at);

    public static string Tag(FundingStatus status) => status switch
    {
        FundingStatus.Draft => "nhsuk-tag--grey",
        FundingStatus.Submitted or FundingStatus.AwaitingBudgetHolder or FundingStatus.AwaitingCostApproval => "nhsuk-tag--blue",
        FundingStatus.Returned => "nhsuk-tag--yellow",
        FundingStatus.Rejected or FundingStatus.Withdrawn => "nhsuk-tag--red",
        FundingStatus.InProgress => "nhsuk-tag--purple",
        _ => "nhsuk-tag--green",
    };

    public static string Status(FundingStatus status) => DisplayNames.Of(status);
}
