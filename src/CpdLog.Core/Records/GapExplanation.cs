namespace CpdLog.Core.Records;

/// <summary>
/// A registrant's explanation of a stretch of time without CPD activity (parental leave, illness, a career break...).
/// The HCPC asks registrants to explain any gap of three consecutive months or more in their list of activities.
/// Always private: it is shown only to its owner (dashboard, compliance API, their own HCPC profile), never in team
/// views, exports to others or /verify.
/// </summary>
public sealed class GapExplanation : OwnedRecord
{
    /// <summary>First day the explanation covers.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day the explanation covers (inclusive).</summary>
    public DateOnly To { get; set; }

    /// <summary>Short reason, e.g. "Parental leave".</summary>
    public string Reason { get; set; } = "";

    /// <summary>Optional fuller explanation, printed in the HCPC profile.</summary>
    public string Details { get; set; } = "";
}
