namespace CpdLog.Core.Records;

/// <summary>A message for one field, keyed by the record's property name (e.g. <c>ParticipatoryHours</c>).</summary>
public sealed record FieldError(string Field, string Message);
