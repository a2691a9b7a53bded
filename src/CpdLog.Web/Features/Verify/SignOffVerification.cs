namespace CpdLog.Web.Features.Verify;

using System.Security.Cryptography;
using CpdLog.Core.Compliance;
using CpdLog.Core.Portfolio;
using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>What /verify shows of a signed sign-off: what the portfolio prints beside it, and the caveat.</summary>
public sealed record SignOffVerification(
    string What,
    string Registrant,
    string SignerName,
    string SignerProfessionalId,
    DateTimeOffset SignedAt,
    string ContentSha256,
    string Caveat);
