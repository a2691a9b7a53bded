namespace CpdLog.Core.SignOffs;

using System.Diagnostics.CodeAnalysis;

/// <summary>What the registrant and the API see: the stored state, with "expired" for a pending request past its time.</summary>
public enum SignOffStatus
{
    Pending = 0,
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Signed is the sign-off outcome, not the C type keyword.")]
    Signed = 1,
    Declined = 2,
    Expired = 3,
    Withdrawn = 4,
}
