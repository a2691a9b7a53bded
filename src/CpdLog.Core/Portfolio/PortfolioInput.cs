namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Compliance;

/// <summary>Everything <see cref="PortfolioBuilder.Build"/> needs: pure data, no I/O.</summary>
public sealed record PortfolioInput : RecordLists
{
    public PortfolioInput()
    {
    }

    /// <summary>A portfolio input holding the lists of <paramref name="records"/> (the user's records as loaded for a judgement).</summary>
    public PortfolioInput(RecordLists records)
        : base(records)
    {
    }

    public required string OwnerDisplayName { get; init; }

    public required PortfolioRegistration Registration { get; init; }

    public required PortfolioPeriod Period { get; init; }

    public required PortfolioTemplate Template { get; init; }

    /// <summary>The rule judgement shown on the requirements summary; null for an appraisal or a body without rules.</summary>
    public ComplianceResult? Compliance { get; init; }

    /// <summary>
    /// Progress over the cycle of <see cref="Compliance"/>, from <see cref="Compliance.Progress.CycleProgress.For"/> on the records
    /// the summary was judged on; printed on the summary of the NMC and generic portfolios. Null: no chart.
    /// </summary>
    public Compliance.Progress.CycleProgress? Progress { get; init; }

    public IReadOnlyList<EvidenceFile> Evidence { get; init; } = [];

    /// <summary>
    /// The date the requirements were judged on (today, or the period end for a past period). Records dated after it
    /// are left out, as the rules leave them out; null means no limit.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The registrant's profession, when the body asks for it (HCPC); empty when not given.</summary>
    public string Profession { get; init; } = "";

    /// <summary>HCPC part 1: summary of practice history (limit 500 words).</summary>
    public string SummaryOfPractice { get; init; } = "";

    /// <summary>HCPC part 3: statement of how standards 1–5 are met (limit 1,500 words).</summary>
    public string PersonalStatement { get; init; } = "";

    public IReadOnlyList<FundedStudyLine> FundedStudy { get; init; } = [];

    /// <summary>
    /// Sign-offs signed by e-mail for this registration: a confirmation or discussion record whose <c>SignOffId</c> is
    /// here prints as signed electronically; attestations print in their own section (generic template).
    /// </summary>
    public IReadOnlyList<SignOffs.ElectronicSignature> SignOffs { get; init; } = [];

    public PortfolioOptions Options { get; init; } = new();

    /// <summary>Code printed on every page and encoded in the cover QR code (see <see cref="Portfolio.VerificationCode"/>).</summary>
    public required string VerificationCode { get; init; }

    public required string VerifyUrl { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }
}
