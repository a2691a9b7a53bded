namespace CpdLog.Core.Compliance;

/// <summary>What kind of value a free-input body option takes.</summary>
public enum BodyOptionFormat
{
    Text = 0,

    /// <summary>An ISO 8601 calendar date, YYYY-MM-DD.</summary>
    Date = 1,
}
