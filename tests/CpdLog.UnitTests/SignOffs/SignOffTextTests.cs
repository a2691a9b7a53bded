namespace CpdLog.UnitTests.SignOffs;

using System.Security.Cryptography;
using System.Text;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;
using CpdLog.Core.SignOffs;

public sealed class SignOffTextTests
{
    private static readonly DateTimeOffset At = new(2027, 3, 1, 10, 30, 0, TimeSpan.Zero);

    private static SignOffRequest Signed() => new()
    {
        Id = Guid.Parse("11111111-2222-3333-4444-555555555555"),
        Kind = SignOffKind.Confirmation,
        RegistrantName = "Ruth Registrant",
        BodyCode = "NMC",
        BodyName = "Nursing and Midwifery Council",
        RegistrationNumber = "12A3456E",
        PeriodStart = new DateOnly(2025, 7, 1),
        PeriodEnd = new DateOnly(2028, 6, 30),
        RecipientEmail = "carol@trust.example.nhs.uk",
        SummaryJson = new SignOffSummary([new("Continuing professional development: 7.5 hours", ["A1 Sepsis (1 March 2026): 7.5 hours, 7.5 participatory"])]).ToJson(),
        SignerName = "Carol Confirmer",
        SignerRole = "Ward manager",
        SignerCategory = ConfirmerCategory.NmcRegistrantLineManager,
        SignerIsNmcRegistrant = true,
        SignerProfessionalId = "34B1234Z",
        SignerRegulator = "NMC",
        MeetingDate = new DateOnly(2027, 2, 20),
        ItemsConfirmed = ConfirmationItems.CpdHours | ConfirmationItems.PracticeHours,
    };

    [Fact]
    public void Compose_PutsWhatWasShownAndWhatWasEntered_OneFactALine_AndTheHashIsOfItsUtf8Bytes()
    {
        var text = SignOffText.Compose(Signed(), signed: true, At);

        Assert.Contains("Registrant: Ruth Registrant\n", text, StringComparison.Ordinal);
        Assert.Contains("NMC Pin: 12A3456E\n", text, StringComparison.Ordinal);
        Assert.Contains("Record: A1 Sepsis (1 March 2026): 7.5 hours, 7.5 participatory\n", text, StringComparison.Ordinal);
        Assert.Contains("Declaration: I confirm that I discussed Ruth Registrant's revalidation", text, StringComparison.Ordinal);
        Assert.Contains("Requirements checked: Practice hours, Continuing professional development\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Answer: Signed\nAt: 2027-03-01T10:30:00Z\n", text, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), SignOffText.Sha256(text));
        Assert.Equal(text, SignOffText.Compose(Signed(), signed: true, At));
    }

    [Fact]
    public void Compose_ChangesWithAnyEnteredDetail_AndADeclineCarriesTheReasonNotTheDeclaration()
    {
        var other = Signed();
        other.SignerProfessionalId = "34B1234Y";
        Assert.NotEqual(SignOffText.Sha256(SignOffText.Compose(Signed(), true, At)), SignOffText.Sha256(SignOffText.Compose(other, true, At)));

        var declined = Signed();
        declined.DeclineReason = "We have not met yet.\nSorry.";
        var text = SignOffText.Compose(declined, signed: false, At);
        Assert.Contains("Answer: Declined\nReason: We have not met yet. Sorry.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Declaration:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_IsExpiredFromTheExpiryInstant_OnlyWhilePending()
    {
        var request = new SignOffRequest { ExpiresAt = At };
        Assert.Equal(SignOffStatus.Pending, request.StatusAt(At.AddTicks(-1)));
        Assert.Equal(SignOffStatus.Expired, request.StatusAt(At));
        request.State = SignOffState.Signed;
        Assert.Equal(SignOffStatus.Signed, request.StatusAt(At.AddDays(1)));
        request.State = SignOffState.Withdrawn;
        Assert.Equal(SignOffStatus.Withdrawn, request.StatusAt(At.AddDays(1)));
    }

    [Fact]
    public void Summary_ShowsOnlyWhatTheKindNeeds_FromThePortfolioSelection_AndSurvivesDamagedJson()
    {
        var owner = "u";
        var input = new PortfolioInput
        {
            OwnerDisplayName = "Ruth",
            Registration = new("NMC", "NMC", "12A3456E"),
            Period = new(new DateOnly(2025, 7, 1), new DateOnly(2028, 6, 30)),
            Template = PortfolioTemplate.Nmc,
            Activities =
            [
                new() { OwnerId = owner, Number = 1, Title = "Sepsis", StartDate = new(2026, 3, 1), EndDate = new(2026, 3, 1), Hours = 7.5m, ParticipatoryHours = 7.5m },
                new() { OwnerId = owner, Number = 2, Title = "Private one", StartDate = new(2026, 4, 1), EndDate = new(2026, 4, 1), Hours = 1m, IsPrivate = true },
            ],
            Reflections = [new() { OwnerId = owner, Number = 1, Title = "Handover", Date = new(2026, 5, 1), CodeThemes = CodeThemes.PreserveSafety }],
            VerificationCode = "",
            VerifyUrl = "",
            GeneratedAt = At,
        };
        var selection = PortfolioSelection.From(input);

        var discussion = SignOffSummary.Build(SignOffKind.Discussion, selection);
        var only = Assert.Single(discussion.Sections);
        Assert.Equal("Written reflective accounts: 1", only.Title);
        Assert.StartsWith("R1 Handover (1 May 2026); the Code: ", Assert.Single(only.Lines), StringComparison.Ordinal);

        var confirmation = SignOffSummary.Build(SignOffKind.Confirmation, selection);
        Assert.Equal(5, confirmation.Sections.Count);
        var cpd = confirmation.Sections[1];
        Assert.Equal("A1 Sepsis (1 March 2026): 7.5 hours, 7.5 participatory", Assert.Single(cpd.Lines));
        Assert.DoesNotContain("Private one", confirmation.ToJson(), StringComparison.Ordinal);
        Assert.Equal(confirmation.ToJson(), SignOffSummary.FromJson(confirmation.ToJson()).ToJson());
        Assert.Empty(SignOffSummary.FromJson("{not json").Sections);
    }
}
