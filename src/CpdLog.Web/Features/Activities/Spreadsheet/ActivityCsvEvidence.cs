namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>The live evidence files of the activities being exported, by activity: "E3 certificate.pdf; E4 notes.docx".</summary>
public sealed class ActivityCsvEvidence(IEnumerable<EvidenceFile> files)
{
    public static readonly ActivityCsvEvidence None = new([]);

    private readonly ILookup<Guid, EvidenceFile> _byActivity = files.Where(f => f.RecordKind == RecordKind.Activity).ToLookup(f => f.RecordId);

    public string For(Guid activityId) => string.Join("; ", _byActivity[activityId]
        .OrderBy(f => f.Number).ThenBy(f => f.FileName, StringComparer.Ordinal)
        .Select(f => f.Number > 0 ? $"{f.Reference} {f.FileName}" : f.FileName));
}
