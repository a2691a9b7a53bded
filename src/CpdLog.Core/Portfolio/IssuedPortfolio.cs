namespace CpdLog.Core.Portfolio;

/// <summary>
/// A record that CpdLog issued a portfolio: the SHA-256 of the exact bytes served and the facts the public verify
/// page may show. The person, registration and period are copied at issue time, so later edits (or a registration
/// moved to the bin) do not change what an old portfolio verifies as.
/// </summary>
public sealed class IssuedPortfolio
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Identity user id of the person the portfolio is about.</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>The code printed on every page, normalised as "XXXXX-XXXXX" (see <see cref="Portfolio.VerificationCode"/>).</summary>
    public string VerificationCode { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the PDF bytes served.</summary>
    public string Sha256 { get; set; } = "";

    public long SizeBytes { get; set; }

    public Guid RegistrationId { get; set; }

    public string BodyCode { get; set; } = "";

    public string RegistrationNumber { get; set; } = "";

    /// <summary>The name printed on the portfolio, as it was when issued.</summary>
    public string OwnerDisplayName { get; set; } = "";

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public PortfolioTemplate Template { get; set; }

    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>
    /// Key of the PDF's exact bytes in the file store (kept so the person's archive holds every portfolio they were
    /// issued); null for portfolios issued before copies were kept.
    /// </summary>
    public string? StorageKey { get; set; }
}
