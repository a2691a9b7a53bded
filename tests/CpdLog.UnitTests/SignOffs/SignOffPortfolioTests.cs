namespace CpdLog.UnitTests.SignOffs;

using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;
using CpdLog.Core.SignOffs;

/// <summary>How the portfolio builder prints records signed by e-mail (the PDF read-back is in the integration tests).</summary>
public sealed class SignOffPortfolioTests
{
    private static readonly DateTimeOffset At = new(2027, 3, 1, 10, 30, 0, TimeSpan.Zero);

    private static ElectronicSignature Signature(SignOffKind kind, Guid id, Guid? recordId = null) => new(
        id, kind, recordId, "Carol Confirmer", "Ward manager", "34B1234Z", "NMC", "carol@trust.example.nhs.uk",
        new DateOnly(2027, 2, 20), At, new string('a', 64), "7K3QD-X9M2P", "I confirm that …");

    private static PortfolioInput Input(PortfolioTemplate template) => new()
    {
        OwnerDisplayName = "Ruth Registrant",
        Registration = new(template == PortfolioTemplate.Nmc ? "NMC" : "CIPD", "Body", "12A3456E"),
        Period = new(new DateOnly(2025, 7, 1), new DateOnly(2028, 6, 30)),
        Template = template,
        AsOf = new DateOnly(2027, 3, 1),
        Activities = [new() { OwnerId = "u", Number = 1, Title = "Sepsis", StartDate = new(2026, 3, 1), EndDate = new(2026, 3, 1), Hours = 7.5m }],
        VerificationCode = "ABCDE-FGHJK",
        VerifyUrl = "https://cpd.example.nhs.uk/verify?code=ABCDE-FGHJK",
        GeneratedAt = At,
    };

    private static IEnumerable<string> Texts(IEnumerable<Block> blocks) => blocks.SelectMany(TextOf);

    private static IEnumerable<string> TextOf(Block block) => block switch
    {
        KeepTogetherBlock k => Texts(k.Blocks),
        KeyValueBlock kv => kv.Items.SelectMany(i => new[] { i.Key, i.Value }),
        ParagraphBlock p => [p.Text],
        NoticeBlock n => [n.Text],
        HeadingBlock h => [h.Text],
        _ => [],
    };

    [Fact]
    public void NmcConfirmation_SignedByEmail_PrintsTheSignatureAndCaveat_InsteadOfSignatureLines()
    {
        var signOff = Guid.NewGuid();
        var signed = new Confirmation { OwnerId = "u", Number = 1, Date = new(2027, 2, 20), ConfirmerName = "Carol Confirmer", SignOffId = signOff };
        var typed = new Confirmation { OwnerId = "u", Number = 2, Date = new(2027, 2, 21), ConfirmerName = "Paper Person" };
        var document = PortfolioBuilder.Build(Input(PortfolioTemplate.Nmc) with
        {
            Confirmations = [signed, typed],
            SignOffs = [Signature(SignOffKind.Confirmation, signOff, signed.Id)],
        });

        var text = Texts(document.Sections.Single(s => s.Kind == PortfolioSectionKind.Confirmation).Blocks).ToList();
        Assert.Contains("Signed electronically by Carol Confirmer", text);
        Assert.Contains(new string('a', 64), text);
        Assert.Contains("7K3QD-X9M2P", text);
        Assert.Contains(SignOffText.EmailNotIdentity, text);
        Assert.Single(text, t => t.StartsWith("Signed electronically by", StringComparison.Ordinal));
        Assert.Contains(text, t => t.Contains("The confirmer signs to say", StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_PrintsSignedAttestationsOfThePeriod_AndNoSectionWithoutThem()
    {
        var none = PortfolioBuilder.Build(Input(PortfolioTemplate.Generic));
        Assert.DoesNotContain(none.Sections, s => s.Kind == PortfolioSectionKind.Attestations);

        var document = PortfolioBuilder.Build(Input(PortfolioTemplate.Generic) with { SignOffs = [Signature(SignOffKind.Attestation, Guid.NewGuid())] });
        var section = Assert.Single(document.Sections, s => s.Kind == PortfolioSectionKind.Attestations);
        var text = Texts(section.Blocks).ToList();
        Assert.Contains("Signed electronically by Carol Confirmer", text);
        Assert.Contains(SignOffText.EmailNotIdentity, text);
    }
}
