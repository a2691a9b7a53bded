namespace CpdLog.IntegrationTests.Infrastructure;

using System.Text.RegularExpressions;

/// <summary>
/// Drives Razor Pages as a browser would: GET the page, take its antiforgery token, POST the form. The auth and
/// antiforgery cookies live in the underlying client's cookie container.
/// </summary>
public sealed partial class FormClient(HttpClient client)
{
    public HttpClient Http => client;

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form to <paramref name="url"/> with the token of the page at <paramref name="pageUrl"/> (default: the same URL).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await client.GetAsync(pageUrl ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {pageUrl ?? url} (status {(int)page.StatusCode}).");
        }

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
