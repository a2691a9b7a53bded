namespace CpdLog.Core.SignOffs;

/// <summary>A signed sign-off as a portfolio prints it (pure data; built from <see cref="SignOffRequest"/>).</summary>
public sealed record ElectronicSignature(
    Guid SignOffId,
    SignOffKind Kind,
    Guid? RecordId,
    string SignerName,
    string SignerRole,
    string SignerProfessionalId,
    string SignerRegulator,
    string Email,
    DateOnly? Date,
    DateTimeOffset SignedAt,
    string ContentSha256,
    string VerificationCode,
    string Declaration)
{
    public static ElectronicSignature From(SignOffRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Kind, r.RecordId, r.SignerName, r.SignerRole, r.SignerProfessionalId, r.SignerRegulator, r.RecipientEmail,
            r.MeetingDate, r.ClosedAt ?? r.CreatedAt, r.ContentSha256, r.VerificationCode ?? "", SignOffText.Declaration(r.Kind, r.RegistrantName));
    }
}
