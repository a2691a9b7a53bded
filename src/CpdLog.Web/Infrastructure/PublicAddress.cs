namespace CpdLog.Web.Infrastructure;

using System.Net;
using CpdLog.Web.Features.Portfolio;
using CpdLog.Web.Infrastructure.Email;

/// <summary>
/// The addresses CpdLog prints in e-mails, QR codes and verify links. They come from configuration only
/// (<c>Email:BaseUrl</c>, <c>Portfolio:PublicBaseUrl</c>), never from the request: a request's Host header is chosen by
/// whoever sends it, so a link built from it could point a password reset at someone else's site.
/// </summary>
public sealed class PublicAddress(IOptions<EmailOptions> email, IOptions<PortfolioSettings> portfolio, LinkGenerator links)
{
    /// <summary>Used outside Production when <c>Email:BaseUrl</c> is not set.</summary>
    public const string DevelopmentDefault = "http://localhost:5000";

    /// <summary>The base of every link in an e-mail, without a trailing slash.</summary>
    public string Links => (string.IsNullOrWhiteSpace(email.Value.BaseUrl) ? DevelopmentDefault : email.Value.BaseUrl).TrimEnd('/');

    /// <summary>
    /// The absolute address of a page for an e-mail: the page's path from routing (<paramref name="page"/> is the page's
    /// name, <c>/Funding/Details</c>; give <c>area = "Identity"</c> in <paramref name="values"/> for Identity's pages) on
    /// the configured base. Route values the page's template does not use become the query string.
    /// </summary>
    public string Page(string page, object? values = null, string? fragment = null) =>
        Links + (links.GetPathByPage(page, handler: null, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
            ?? throw new InvalidOperationException($"No route to the page {page}."));

    /// <summary>The base of the verify address printed in portfolios: <c>Portfolio:PublicBaseUrl</c>, else <see cref="Links"/>.</summary>
    public string Verify => string.IsNullOrWhiteSpace(portfolio.Value.PublicBaseUrl) ? Links : portfolio.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>
    /// The same path and query on the configured base: links made by framework code (Identity builds them from the
    /// request) are re-based here before they are mailed, whatever host the request named.
    /// </summary>
    public string Rebase(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var pathAndQuery = Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery + absolute.Fragment
            : "/" + link.TrimStart('/');
        return Links + pathAndQuery;
    }

    /// <summary>
    /// What is wrong with the configured addresses for <paramref name="environment"/>: in Production both must be set,
    /// absolute, not loopback and https (http only with <c>Email:AllowHttpLinks</c>, for a lab). Empty when all is well.
    /// </summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsProduction())
        {
            return [];
        }

        var allowHttp = configuration.GetValue<bool>("Email:AllowHttpLinks");
        var problems = new List<string>();
        var links = configuration["Email:BaseUrl"];
        Check("Email:BaseUrl", links, required: true);
        Check("Portfolio:PublicBaseUrl", configuration["Portfolio:PublicBaseUrl"], required: false);
        return problems;

        void Check(string key, string? value, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    problems.Add($"{key} is not set. Set it to the address people use to reach CpdLog, e.g. https://cpd.example.nhs.uk: " +
                        "links in e-mails and portfolios are built from it, never from the request.");
                }

                return;
            }

            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0)
            {
                problems.Add($"{key} \"{value}\" is not an absolute http(s) address like https://cpd.example.nhs.uk.");
                return;
            }

            if (IsLoopbackOrUnspecified(uri))
            {
                problems.Add($"{key} \"{value}\" is a loopback or wildcard address: people's browsers cannot reach it. Use the public name of the service.");
            }

            if (uri.Scheme == "http" && !allowHttp)
            {
                problems.Add($"{key} \"{value}\" uses http. Use https, or set Email:AllowHttpLinks=true for a lab without TLS.");
            }
        }
    }

    private static bool IsLoopbackOrUnspecified(Uri uri)
    {
        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip)
            && (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));
    }
}
