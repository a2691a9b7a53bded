namespace CpdLog.Web.Features.SignOff;

/// <summary>How an attempt to answer or withdraw ended.</summary>
public enum SignOffOutcome
{
    Done,
    Invalid,
    NotFound,

    /// <summary>The request is no longer pending (signed, declined, withdrawn or expired).</summary>
    Closed,
}
