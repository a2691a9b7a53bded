namespace CpdLog.UnitTests.Conventions;

using System.Text.RegularExpressions;

/// <summary>
/// Links inside the service go through routing (<c>asp-page</c>, <c>RedirectToPage</c>, <c>Url.Page</c>,
/// <c>PublicAddress.Page</c> for e-mails), so renaming or moving a page cannot leave a dead link behind. This finds
/// literal internal paths in <c>src</c>: an <c>href</c>/<c>action</c> starting with <c>/</c>, a redirect to a literal
/// path, an interpolated path string (<c>$"/Team/Decide/{id}"</c>, <c>$"{base}/Leaving"</c>) and any Identity page
/// path. Static assets use <c>~/</c>.
/// </summary>
public sealed partial class InternalLinksTests
{
    /// <summary>Each allowed literal: file and the literal's start, and why it cannot go through page routing.</summary>
    private static readonly Dictionary<(string File, string Literal), string> Exceptions = new()
    {
        [("src/CpdLog.Web/Infrastructure/IdentitySetup.cs", "\"/Identity/Account/Login")] =
            "cookie LoginPath: a PathString option set at start-up, before routing exists",
        [("src/CpdLog.Web/Infrastructure/IdentitySetup.cs", "\"/Identity/Account/Logout")] =
            "cookie LogoutPath: a PathString option set at start-up, before routing exists",
        [("src/CpdLog.Web/Infrastructure/IdentitySetup.cs", "\"/Identity/Account/AccessDenied")] =
            "cookie AccessDeniedPath: a PathString option set at start-up, before routing exists",
        [("src/CpdLog.Web/Infrastructure/Sso/SsoSetup.cs", "\"/Identity/Account/Logout?")] =
            "OpenID Connect SignedOutRedirectUri: an option set at start-up, before routing exists",
        [("src/CpdLog.Web/Features/Shared/_Layout.cshtml", "href=\"/openapi/v1.json")] =
            "the OpenAPI document is an endpoint, not a Razor page",
        [("src/CpdLog.Web/Features/Activities/Index.cshtml", "href=\"/api/v1/activities/export.csv")] =
            "a versioned API endpoint (the public contract), not a Razor page",
        [("src/CpdLog.Web/Features/Activities/Import.cshtml", "href=\"/api/v1/activities/import-template.csv")] =
            "a versioned API endpoint (the public contract), not a Razor page",
        [("src/CpdLog.Web/Features/Records/RecordFormPageModel{TEntity,TInput}.cs", "$\"/Features{Type.IndexPath}/_Form.cshtml")] =
            "the location of the type's form partial (a view file), not a link",
    };

    [Fact]
    public void Source_HasNoLiteralInternalLinks()
    {
        var found = new List<string>();
        var used = new HashSet<(string, string)>();
        foreach (var file in RepositoryFiles.Under("src", ".cshtml", ".cs"))
        {
            var relative = RepositoryFiles.Relative(file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in LiteralLink().Matches(lines[i]))
                {
                    var key = Exceptions.Keys.FirstOrDefault(k => k.File == relative && m.Value.StartsWith(k.Literal, StringComparison.Ordinal));
                    if (key == default)
                    {
                        found.Add($"{relative}:{i + 1}: {m.Value}");
                    }
                    else
                    {
                        used.Add(key);
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "Link through routing (asp-page, RedirectToPage, Url.Page, PublicAddress.Page), or add an exception with its reason:\n" + string.Join('\n', found));
        var stale = Exceptions.Keys.Where(k => !used.Contains(k)).Select(k => $"{k.File}: {k.Literal}").ToList();
        Assert.True(stale.Count == 0, "These exceptions no longer match anything; remove them:\n" + string.Join('\n', stale));
    }

    [Theory]
    [InlineData("<a href=\"/Registrations\">", true)]
    [InlineData("<form method=\"post\" action=\"/Identity/Account/Logout?returnUrl=%2F\">", true)]
    [InlineData("return Redirect(\"/Admin\");", true)]
    [InlineData("return LocalRedirect(\"/Dashboard\");", true)]
    [InlineData("context.Result = new RedirectResult(\"/Identity/Account/Login\");", true)]
    [InlineData("var link = $\"/Team/Decide/{id}\";", true)]
    [InlineData("var body = $\"Open it: {address.Links}/Leaving\";", true)]
    [InlineData("<a asp-page=\"/Registrations/Index\">", false)]
    [InlineData("return RedirectToPage(\"/Admin/Index\");", false)]
    [InlineData("<link rel=\"stylesheet\" href=\"~/css/site.css\">", false)]
    [InlineData("api.MapGet(\"/api/v1/records\", List);", false)]
    [InlineData("<a href=\"https://www.nmc.org.uk/\">", false)]
    public void Pattern_FindsLiteralInternalLinksOnly(string line, bool found) =>
        Assert.Equal(found, LiteralLink().IsMatch(line));

    /// <summary>
    /// <c>href="/…"</c>, <c>action="/…"</c>, <c>Redirect("/…")</c> (any redirect call or result), <c>$"/Page…"</c>,
    /// <c>$"{base}/Page…"</c>, and any string naming an Identity page path.
    /// </summary>
    [GeneratedRegex("""(?:\b(?:href|action|formaction)="/[^"]*|Redirect(?:Result)?\(\$?"/[^"]*|\$"/(?!api/)[A-Za-z][^"]*|\{[^{}"]*(?:Links|Url|Base)\}/(?!api/)[A-Za-z][^"]*|\$?"/Identity/[^"]*)""")]
    private static partial Regex LiteralLink();
}
