namespace CpdLog.Core.SignOffs;

/// <summary>What the recipient of a sign-off request is asked to sign.</summary>
public enum SignOffKind
{
    /// <summary>The NMC confirmation: a confirmer confirms the registrant met the revalidation requirements.</summary>
    Confirmation = 0,

    /// <summary>The NMC reflective discussion: the partner signs the reflective discussion form.</summary>
    Discussion = 1,

    /// <summary>Any other body: a colleague attests that the summarised CPD record is, to their knowledge, accurate.</summary>
    Attestation = 2,
}
