namespace CpdLog.Portfolio.Text;

/// <summary>Bidi_Class values of UAX #9 that <see cref="UnicodeBidi"/> distinguishes.</summary>
internal enum BidiClass : byte
{
    L,
    R,
    AL,
    EN,
    ES,
    ET,
    AN,
    CS,
    NSM,
    BN,
    B,
    S,
    WS,
    ON,
}
