namespace CpdLog.BrowserTests.Accessibility;

/// <summary>
/// Everything the accessibility suite leaves out, each with its reason: the one place to read (and to argue with).
/// Nothing else is skipped: every page route of the app is visited unless it is listed here, and an unlisted route
/// the suite cannot fill (a new parameter) fails the suite.
/// </summary>
public static class AccessibilityExclusions
{
    /// <summary>axe rules switched off. None: every WCAG 2.0/2.1/2.2 A and AA rule and every best practice runs.</summary>
    public static readonly IReadOnlyList<Exclusion> Rules = [];

    /// <summary>Routes (as the route table gives them) not visited.</summary>
    public static readonly IReadOnlyList<Exclusion> Routes =
    [
        new("/Evidence/Download/{id:guid}", "Not a page: it answers with the evidence file as an attachment."),
        new("/Evidence/Upload", "POST only: the form is the evidence panel on each record's page (checked there); a GET is a 404 by design."),
        new("/Evidence/Remove/{id:guid}", "POST only: the button is in the evidence panel on each record's page (checked there); a GET is a 404 by design."),
        new("/Identity/Account/Manage/DownloadPersonalData", "POST only: it answers with a JSON file; the button is on the personal data page (checked)."),
        new("/Identity/Account/ExternalLogin", "POST only (a GET is a 404): the organisation sign-in button posts to it; OrganisationSignInJourneyTests runs axe on the pages either side."),
        new("/Identity/Account/OrganisationSignIn", "POST only (a GET is a 404): as /Identity/Account/ExternalLogin."),
        new("/SignOff/{token}", "The token exists only in the e-mail sent to the confirmer (stored hashed); SignOffJourneyTests opens it from that e-mail and runs axe on it before and after signing."),
        new("/SignOff/Index/{token}", "The same page as /SignOff/{token}."),
    ];

    /// <summary>
    /// Pages visited by fewer roles than could reach them, and why that loses nothing.
    /// </summary>
    public static readonly IReadOnlyList<Exclusion> Scope =
    [
        new("Pages every signed-in user reaches, as the admin, budget holder and line manager", "Checked as the demo manager, whose records fill them; the other roles load them with less or no data and differ only in the header, which each role's dashboard and own pages check. Visiting them four times would add about four minutes to the suite."),
        new("Anonymous pages as a signed-in user", "Pages open to everyone are checked signed out; signed in they differ only in the header, which every signed-in page checks."),
        new("Pages with an id, as roles other than the owner", "Only the owner (the demo manager; the line manager for a decision) reaches them: anyone else gets the not-found page, whose content (/Error?code=404) is checked."),
    ];

    /// <summary>The one host the site may request from: the NHS.UK webfonts nhsuk-frontend's CSS loads. The suite blocks them (CI has no internet).</summary>
    public static readonly Exclusion NhsFonts = new("https://assets.nhs.uk/fonts/", "nhsuk-frontend's stylesheet loads the Frutiger webfonts from the NHS asset host; the pages fall back to Arial without them.");

    public static bool IsExcludedRoute(string route) => Routes.Any(r => r.What == route);

    public static bool IsAllowedOffSite(string url) => url.StartsWith(NhsFonts.What, StringComparison.Ordinal);
}
