namespace CpdLog.Web.Features.Verify;

using System.Security.Cryptography;

/// <summary>Looks portfolios up by their printed code or by the SHA-256 of an uploaded copy.</summary>
public sealed class PortfolioVerifier(CpdLogDbContext db)
{
    public const string ByCode = "code";
    public const string ByFile = "file";

    /// <summary>Null when <paramref name="code"/> is not shaped like a verification code.</summary>
    public async Task<VerificationResult?> ByCodeAsync(string? code, CancellationToken ct)
    {
        var normalised = VerificationCode.Normalize(code);
        if (normalised is null)
        {
            return null;
        }

        var issued = await db.IssuedPortfolios.AsNoTracking().FirstOrDefaultAsync(p => p.VerificationCode == normalised, ct);
        if (issued is null && await db.SignOffRequests.AsNoTracking()
                .FirstOrDefaultAsync(r => r.VerificationCode == normalised && r.State == Core.SignOffs.SignOffState.Signed, ct) is { } signed)
        {
            return new VerificationResult(true, ByCode,
                "This code belongs to a record signed electronically through this CpdLog. Check the details match your copy.", normalised,
                signed.RegistrantName, signed.ClosedAt, signed.BodyCode, BodyCatalogue.Find(signed.BodyCode)?.Name ?? signed.BodyName,
                signed.RegistrationNumber, signed.PeriodStart, signed.PeriodEnd)
            {
                SignOff = new SignOffVerification(
                    Core.SignOffs.SignOffText.KindName(signed.Kind),
                    signed.RegistrantName,
                    signed.SignerName,
                    string.IsNullOrWhiteSpace(signed.SignerProfessionalId) ? "" : $"{signed.SignerProfessionalId} ({signed.SignerRegulator})",
                    signed.ClosedAt ?? signed.CreatedAt,
                    signed.ContentSha256,
                    Core.SignOffs.SignOffText.EmailNotIdentity),
            };
        }

        return issued is null
            ? new VerificationResult(false, ByCode, "No portfolio with this code was issued by this CpdLog.", normalised)
            : Found(issued, ByCode,
                "A portfolio with this code was issued by this CpdLog. Check the details match your copy, or upload the PDF to check it has not been altered.");
    }

    /// <summary>Hashes the upload as it streams in; the content is not read for anything else.</summary>
    public async Task<VerificationResult> ByFileAsync(Stream content, CancellationToken ct)
    {
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        var issued = await db.IssuedPortfolios.AsNoTracking().FirstOrDefaultAsync(p => p.Sha256 == sha256, ct);
        return issued is null
            ? new VerificationResult(false, ByFile, "This file was not issued by this CpdLog, or it has been altered since it was issued.")
            : Found(issued, ByFile, "This exact file was issued by this CpdLog and has not been altered.");
    }

    private static VerificationResult Found(IssuedPortfolio p, string method, string message) => new(
        true,
        method,
        message,
        p.VerificationCode,
        p.OwnerDisplayName,
        p.GeneratedAt,
        p.BodyCode,
        BodyCatalogue.Find(p.BodyCode)?.Name ?? p.BodyCode,
        p.RegistrationNumber,
        p.PeriodStart,
        p.PeriodEnd);
}
