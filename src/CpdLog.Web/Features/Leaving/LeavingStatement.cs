namespace CpdLog.Web.Features.Leaving;

/// <summary>
/// "If I move employer" for one person, leaving date and reason: what leaves with them (everything their personal
/// archive holds), what stays with the employer, what each learning agreement makes repayable (from the same
/// computation as HR's leaver statement) and what support stops for qualifications in progress. The page, the PDF and
/// <c>GET /api/v1/me/leaving-statement</c> all show this one object.
/// </summary>
public sealed record LeavingStatement(
    DateOnly LeavingDate,
    LeavingReason Reason,
    string ReasonText,
    DateTimeOffset PreparedAt,
    string PersonName,
    IReadOnlyList<LeavingRecordCount> LeavesWithYou,
    IReadOnlyList<EmployerRecordCount> StaysWithEmployer,
    IReadOnlyList<LeavingAgreementLine> Agreements,
    decimal TotalRepayable,
    IReadOnlyList<LeavingQualification> Qualifications,
    string ArchiveUrl)
{
    /// <summary>The address of the personal archive (one zip of the whole record, built by the archive feature).</summary>
    public const string ArchivePath = "/api/v1/me/archive";
}
