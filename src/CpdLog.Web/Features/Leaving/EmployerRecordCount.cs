namespace CpdLog.Web.Features.Leaving;

/// <summary>One kind of the employer's record about the person that stays with the employer (the archive carries a read-only copy).</summary>
public sealed record EmployerRecordCount(string Kind, int Count, string Note);
