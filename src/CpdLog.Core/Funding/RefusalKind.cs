namespace CpdLog.Core.Funding;

/// <summary>Why an expected refusal happened, so the web layer can choose 400, 403 or 409 without parsing text.</summary>
public enum RefusalKind
{
    /// <summary>The input is wrong or incomplete (400, a field error).</summary>
    Invalid,

    /// <summary>This person may not take this action on this request (403).</summary>
    NotAllowed,

    /// <summary>The request's state or the budget does not allow it now (409).</summary>
    Conflict,
}
