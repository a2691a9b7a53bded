namespace CpdLog.Core.Portfolio;

/// <summary>
/// The free text of an HCPC CPD profile for one registration: the summary of practice history (part 1, at most
/// <see cref="WordCounter.HcpcSummaryOfPracticeLimit"/> words) and the personal statement (part 3, at most
/// <see cref="WordCounter.HcpcPersonalStatementLimit"/> words). Over-long text is kept and flagged, never cut.
/// </summary>
public sealed class PortfolioTexts
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string OwnerId { get; set; } = "";

    public Guid RegistrationId { get; set; }

    public string SummaryOfPractice { get; set; } = "";

    public string PersonalStatement { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
