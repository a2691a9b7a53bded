namespace CpdLog.Web.Features.Records;

/// <summary>One deleted record as the bin shows it. <see cref="Kind"/> is the record type's slug.</summary>
public sealed record BinItem(string Kind, string KindName, Guid Id, string Description, DateTimeOffset DeletedAt);
