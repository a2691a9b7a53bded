namespace CpdLog.Web.Features.Portfolio;

/// <summary>Configuration section <c>Portfolio</c>.</summary>
public sealed class PortfolioSettings
{
    public const string Section = "Portfolio";

    /// <summary>Renders allowed at once. Rendering is CPU-bound; more than the core count only adds queueing.</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>The address printed in portfolios for the verify page, e.g. "https://cpd.example.nhs.uk". When empty,
    /// <c>Email:BaseUrl</c>; never the address a request came in on (its Host header is the sender's choice).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Verify requests (page and API) allowed per client IP address in each window.</summary>
    public int VerifyPermitLimit { get; set; } = 10;

    public int VerifyWindowSeconds { get; set; } = 60;

    /// <summary>Largest PDF the verify page accepts.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
