namespace CpdLog.Core.Funding;

/// <summary>
/// The longest text each funding field holds. The EF configurations size the columns with these constants and the
/// validation refuses anything longer with a field error, so the API cannot accept what a column then fails to hold
/// (a guard test reads every <c>HasMaxLength</c> from the model and checks it against the validation).
/// </summary>
public static class FundingTextLimits
{
    /// <summary>The course or qualification, and the provider.</summary>
    public const int Title = 300;

    public const int Provider = 300;

    /// <summary>The free-text list of study-leave dates.</summary>
    public const int StudyLeaveDates = 500;

    /// <summary>Justification and expected impact (text columns: a policy limit, as on the page before).</summary>
    public const int LongText = 4000;

    /// <summary>Reasons for a different amount, a budget override or a higher cost.</summary>
    public const int Reason = 1000;

    /// <summary>A decision's comment (reject, return, withdraw, approve, cost decision).</summary>
    public const int Comment = 2000;

    /// <summary>The reflection written on completing (a text column: a policy limit, as on the page before).</summary>
    public const int Reflection = 8000;

    /// <summary>A cost centre code.</summary>
    public const int CostCentre = 50;

    /// <summary>An audit entry's detail (composed by the service, cut to fit).</summary>
    public const int AuditDetail = 2000;

    /// <summary>A learning agreement template's name and its tiers ("24:100,12:50").</summary>
    public const int TemplateName = 200;

    public const int Tiers = 200;
}
