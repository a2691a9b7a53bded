namespace CpdLog.Web.Infrastructure;

/// <summary>
/// Headers on every response (pages, API, static files, errors): a Content-Security-Policy that allows scripts and
/// styles from this site's own files only (no inline script, no <c>unsafe-inline</c>), fonts from this site and the
/// NHS.UK font host, and no framing; <c>nosniff</c>; a referrer policy; HSTS for a year in Production.
/// </summary>
public static class SecurityHeadersSetup
{
    /// <summary>Where nhsuk-frontend's CSS loads the Frutiger web fonts from (its <c>@font-face</c> rules).</summary>
    public const string NhsFontHost = "https://assets.nhs.uk";

    public const int HstsMaxAgeSeconds = 365 * 24 * 60 * 60;

    public static HeaderPolicyCollection Policies(bool production)
    {
        var policies = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddFontSrc().Self().From(NhsFontHost);
                csp.AddImgSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            })
            .RemoveServerHeader();

        // Sent on https responses only (the library skips plain http, where browsers ignore it anyway). Behind a
        // TLS-terminating proxy the request counts as https once ReverseProxy:KnownNetworks trusts X-Forwarded-Proto.
        return production ? policies.AddStrictTransportSecurityMaxAgeIncludeSubDomains(HstsMaxAgeSeconds) : policies;
    }
}
