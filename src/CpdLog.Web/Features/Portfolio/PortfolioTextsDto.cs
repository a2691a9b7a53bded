namespace CpdLog.Web.Features.Portfolio;

/// <summary>The HCPC profile texts of one registration, with their word counts against the HCPC limits.</summary>
public sealed record PortfolioTextsDto(
    Guid RegistrationId,
    string SummaryOfPractice,
    int SummaryOfPracticeWords,
    int SummaryOfPracticeLimit,
    string PersonalStatement,
    int PersonalStatementWords,
    int PersonalStatementLimit,
    DateTimeOffset? UpdatedAt)
{
    public static PortfolioTextsDto From(Guid registrationId, PortfolioTexts? texts) => new(
        registrationId,
        texts?.SummaryOfPractice ?? "",
        WordCounter.Count(texts?.SummaryOfPractice),
        WordCounter.HcpcSummaryOfPracticeLimit,
        texts?.PersonalStatement ?? "",
        WordCounter.Count(texts?.PersonalStatement),
        WordCounter.HcpcPersonalStatementLimit,
        texts?.UpdatedAt);
}
