namespace CpdLog.Core.Records;

/// <summary>
/// A record that can be created by an e-mail sign-off (confirmation, reflective discussion). Once signed it belongs to
/// the signer as much as to the registrant: the registrant can no longer change or delete it.
/// </summary>
public interface IElectronicallySigned
{
    /// <summary>The sign-off request it was created from; null for a record the registrant typed in.</summary>
    Guid? SignOffId { get; }
}
