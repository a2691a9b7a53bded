namespace CpdLog.Core.Records;

/// <summary>
/// A record that portfolios cite by a short reference such as "A17" or "E3". The number is given when the record is
/// first saved, from a per-user, per-type counter, and never reused (not even after the record goes to the bin), so
/// the same record has the same reference in every portfolio.
/// </summary>
public interface IReferencedRecord
{
    /// <summary>1, 2, 3... per user and record type; 0 until the record is first saved.</summary>
    int Number { get; set; }
}
