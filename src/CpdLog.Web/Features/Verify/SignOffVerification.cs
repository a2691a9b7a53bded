namespace CpdLog.Web.Features.Verify;

/// <summary>What /verify shows of a signed sign-off: what the portfolio prints beside it, and the caveat.</summary>
public sealed record SignOffVerification(
    string What,
    string Registrant,
    string SignerName,
    string SignerProfessionalId,
    DateTimeOffset SignedAt,
    string ContentSha256,
    string Caveat);
