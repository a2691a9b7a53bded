namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>The body of "log a module as CPD": the hours to log (optional: default about 10 per credit, within the activity's rules).</summary>
public sealed record LogCpdInput(decimal? Hours);
