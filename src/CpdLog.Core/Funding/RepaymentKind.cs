namespace CpdLog.Core.Funding;

public enum RepaymentKind
{
    /// <summary>Stepped percentages, e.g. 100% within 12 months of completion, 50% within 24 months.</summary>
    Tiered = 0,

    /// <summary>100% reduced by 1/N for each complete month served after completion (N = 12 in the model clause).</summary>
    Linear = 1,
}
