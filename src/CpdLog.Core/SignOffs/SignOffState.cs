namespace CpdLog.Core.SignOffs;

using System.Diagnostics.CodeAnalysis;

/// <summary>The stored state of a request. "Expired" is not stored: a pending request past its expiry is expired.</summary>
public enum SignOffState
{
    Pending = 0,
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Signed is the sign-off outcome, not the C type keyword.")]
    Signed = 1,
    Declined = 2,
    Withdrawn = 3,
}
