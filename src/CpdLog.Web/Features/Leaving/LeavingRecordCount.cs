namespace CpdLog.Web.Features.Leaving;

/// <summary>One kind of personal record that leaves with the person: how many are live and how many are in the bin.</summary>
public sealed record LeavingRecordCount(string Kind, int Count, int InBin);
