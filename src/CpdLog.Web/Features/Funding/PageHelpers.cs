namespace CpdLog.Web.Features.Funding;

using System.Globalization;
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

    public static string Money(decimal? amount) => amount is { } a ? FundingRequest.Money(a) : "–";

    public static string Hours(decimal? hours) => hours is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) + " h" : "–";

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "–";

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    public static string Tag(FundingStatus status) => status switch
    {
        FundingStatus.Draft => "nhsuk-tag--grey",
        FundingStatus.Submitted or FundingStatus.AwaitingBudgetHolder or FundingStatus.AwaitingCostApproval => "nhsuk-tag--blue",
        FundingStatus.Returned => "nhsuk-tag--yellow",
        FundingStatus.Rejected or FundingStatus.Withdrawn => "nhsuk-tag--red",
        FundingStatus.InProgress => "nhsuk-tag--purple",
        _ => "nhsuk-tag--green",
    };

    public static string Status(FundingStatus status) => status switch
    {
        FundingStatus.AwaitingBudgetHolder => "Awaiting budget holder",
        FundingStatus.InProgress => "Approved – in progress",
        FundingStatus.Returned => "Returned for changes",
        FundingStatus.AwaitingCostApproval => "Completed – extra cost awaiting approval",
        _ => status.ToString(),
    };
}
