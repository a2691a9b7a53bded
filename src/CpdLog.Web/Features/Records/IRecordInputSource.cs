namespace CpdLog.Web.Features.Records;

/// <summary>A descriptor that knows the blank form of its type (what the Add page starts from).</summary>
public interface IRecordInputSource<out TInput>
{
    /// <summary>The input of a new record, e.g. with today's date filled in.</summary>
    TInput NewInput(DateOnly today);
}
