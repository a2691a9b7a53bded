namespace CpdLog.Web.Features.Archive;

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CpdLog.Core.Archive;

/// <summary>The names, version and limits of the personal archive format (described in <c>docs/archive/README.md</c>).</summary>
public static class PersonalArchiveFormat
{
    public const string FormatName = "cpdlog-personal-archive";

    /// <summary>The version this service writes. It reads every version from <see cref="OldestReadableVersion"/> up to this one.</summary>
    public const int CurrentVersion = 1;

    public const int OldestReadableVersion = 1;

    public const string ManifestPath = "manifest.json";

    public const string RecordsFolder = "records/";

    public const string EvidenceFolder = "evidence/";

    public const string CustomBodiesPath = "bodies/custom-bodies.json";

    public const string PortfolioTextsPath = "portfolios/texts.json";

    public const string IssuedPortfoliosPath = "portfolios/issued.json";

    public const string SignOffsPath = "sign-offs/sign-offs.json";

    /// <summary>The funding history files, one per kind, as <c>funding/&lt;kind&gt;.json</c>.</summary>
    public static readonly IReadOnlyList<string> FundingKinds =
        [ImportedHistoryKinds.FundingRequest, ImportedHistoryKinds.FundingDecision, ImportedHistoryKinds.Agreement, ImportedHistoryKinds.AgreementAcceptance];

    /// <summary>camelCase, enums by member name (as the JSON API), indented so a person can read the files.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static string RecordsPath(string slug) => $"{RecordsFolder}{slug}.json";

    public static string FundingPath(string kind) => $"funding/{kind}.json";

    /// <summary>True for entries that hold a file's bytes (evidence, issued portfolio PDFs) rather than JSON.</summary>
    public static bool IsFileEntry(string path) =>
        path.StartsWith(EvidenceFolder, StringComparison.Ordinal)
        || (path.StartsWith("portfolios/", StringComparison.Ordinal) && path.EndsWith(".pdf", StringComparison.Ordinal));

    /// <summary><c>portfolios/&lt;archive id&gt;.pdf</c>: the exact bytes of an issued portfolio (its record's <c>archivePath</c>).</summary>
    public static string IssuedPortfolioPdfPath(Guid archiveId) => $"portfolios/{archiveId:N}.pdf";

    /// <summary>The CpdLog version that wrote an archive: the web assembly's informational version.</summary>
    public static string ServiceVersion { get; } =
        typeof(PersonalArchiveFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// <c>evidence/&lt;archive id&gt;/&lt;file name&gt;</c>, with the file name reduced to letters, digits, spaces and
    /// <c>. - _ ( )</c> so every archive path is safe on every file system.
    /// </summary>
    public static string EvidencePath(Guid archiveId, string fileName)
    {
        var safe = new string([.. (fileName ?? "").Select(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '(' or ')' ? c : '_')]).Trim(' ', '.');
        if (safe.Length == 0)
        {
            safe = "file";
        }

        return $"{EvidenceFolder}{archiveId:N}/{(safe.Length > 120 ? safe[^120..] : safe)}";
    }
}
