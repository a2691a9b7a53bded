namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Display;
using CpdLog.Core.Funding;
using Microsoft.AspNetCore.Mvc.ModelBinding;

public static class PageHelpers
{
    /// <summary>Shows a domain refusal on the form: on its field for invalid input, in the summary otherwise.</summary>
    public static void AddRefusal(this ModelStateDictionary modelState, Refusal refusal, string prefix = "Input.")
    {
        var key = refusal.Kind == RefusalKind.Invalid && refusal.Field.Length > 0
            ? prefix + char.ToUpperInvariant(refusal.Field[0]) + refusal.Field[1..]
            : "";
        modelState.AddModelError(key, refusal.Message);
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
