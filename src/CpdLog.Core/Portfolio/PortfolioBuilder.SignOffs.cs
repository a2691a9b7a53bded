namespace CpdLog.Core.Portfolio;

using CpdLog.Core.SignOffs;

/// <summary>Records signed by e-mail: printed as signed electronically, with the e-mail-not-identity caveat.</summary>
public static partial class PortfolioBuilder
{
    private static ElectronicSignature? SignedBy(PortfolioInput input, Guid? signOffId) =>
        signOffId is { } id ? input.SignOffs.FirstOrDefault(s => s.SignOffId == id) : null;

    /// <summary>The declaration made, who made it, when, the hash of what they saw and the code /verify accepts.</summary>
    private static List<Block> ElectronicSignatureBlocks(ElectronicSignature s, string who) =>
    [
        new ParagraphBlock(s.Declaration, TextEmphasis.Muted),
        new KeyValueBlock(
        [
            new($"{who}'s signature", $"Signed electronically by {s.SignerName}"),
            new("Signed at", UkFormat.Instant(s.SignedAt)),
            new("E-mail the link was sent to", s.Email),
            new("SHA-256 of what was signed", s.ContentSha256),
            new("Verification code", s.VerificationCode),
        ]),
        new NoticeBlock(SignOffText.EmailNotIdentity, NoticeKind.Info),
    ];

    /// <summary>Null (no section) when no attestation was signed in the period, so other portfolios are unchanged.</summary>
    private static DocumentSection? Attestations(PortfolioInput input)
    {
        var blocks = new List<Block>();
        var attestations = input.SignOffs
            .Where(s => s.Kind == SignOffKind.Attestation && s.Date is { } d && input.Period.Contains(d) && (input.AsOf is null || d <= input.AsOf))
            .OrderBy(s => s.SignedAt)
            .ToList();
        if (attestations.Count == 0)
        {
            return null;
        }

        foreach (var s in attestations)
        {
            var id = string.IsNullOrWhiteSpace(s.SignerProfessionalId) ? "Not given" : $"{s.SignerProfessionalId} ({s.SignerRegulator})";
            blocks.Add(new KeepTogetherBlock(
            [
                new HeadingBlock($"Attestation by {s.SignerName}, {FormatDate(s.Date!.Value)}", 3),
                new KeyValueBlock([new("Role", Or(s.SignerRole, "Not given")), new("Professional ID", id)]),
                .. ElectronicSignatureBlocks(s, "Attester"),
            ]));
        }

        return new DocumentSection(PortfolioSectionKind.Attestations, "Attestations", blocks);
    }
}
