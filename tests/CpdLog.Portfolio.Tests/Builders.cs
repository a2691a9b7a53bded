namespace CpdLog.Portfolio.Tests;

using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;

/// <summary>Small portfolio inputs with sane defaults.</summary>
internal static class Builders
{
    public static readonly PortfolioPeriod Period = new(new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));

    public static PortfolioInput Input(PortfolioTemplate template = PortfolioTemplate.Nmc) => new()
    {
        OwnerDisplayName = "Zoë Siân Łukasz",
        Registration = template switch
        {
            PortfolioTemplate.Nmc => new PortfolioRegistration("NMC", "Nursing and Midwifery Council", "12A3456E"),
            PortfolioTemplate.Hcpc => new PortfolioRegistration("HCPC", "Health and Care Professions Council", "PH123456"),
            _ => new PortfolioRegistration("CIPD", "Chartered Institute of Personnel and Development", "M-99"),
        },
        Period = Period,
        Template = template,
        VerificationCode = "ABCDE-12345",
        VerifyUrl = "https://cpdlog.test/verify/ABCDE-12345",
        GeneratedAt = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero),
    };

    public static CpdActivity Activity(string title, DateOnly date, decimal hours = 2, bool isPrivate = false) => new()
    {
        Title = title,
        StartDate = date,
        EndDate = date,
        Hours = hours,
        ParticipatoryHours = hours,
        IsPrivate = isPrivate,
    };

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
