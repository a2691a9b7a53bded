namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;

/// <summary>Reading Razor pages the way a user sees them.</summary>
public static partial class PageHelpers
{
    /// <summary>Posts a form and follows the redirect, asserting there was one (i.e. the form was accepted).</summary>
    public static async Task<string> PostAndFollowAsync(this FormClient client, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var response = await client.PostFormAsync(url, fields, pageUrl);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected a redirect from {url}, got {(int)response.StatusCode}. Errors: {string.Join(" | ", ErrorSummary(html))}");
        }

        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The messages in the NHS error summary.</summary>
    public static IReadOnlyList<string> ErrorSummary(string html)
    {
        var summary = SummaryPattern().Match(html);
        return summary.Success
            ? [.. ItemPattern().Matches(summary.Value).Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, "").Trim()))]
            : [];
    }

    /// <summary>
    /// The value attribute of the input named <paramref name="name"/>; for an NHS date input (boxes
    /// <c>name.Day</c>, <c>name.Month</c>, <c>name.Year</c>) the three boxes as one value, "2025-04-01" when they make a
    /// date (as tests write dates), else as typed ("2027-2-30").
    /// </summary>
    public static string? InputValue(string html, string name)
    {
        if (BoxValue(html, name) is { } value)
        {
            return value;
        }

        if (BoxValue(html, name + ".Day") is not { } day)
        {
            return null;
        }

        var (month, year) = (BoxValue(html, name + ".Month") ?? "", BoxValue(html, name + ".Year") ?? "");
        return int.TryParse(day, out var d) && int.TryParse(month, out var m) && int.TryParse(year, out var y) && d is >= 1 and <= 31 && m is >= 1 and <= 12 && y is >= 1 and <= 9999
            && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : $"{year}-{month}-{day}";
    }

    /// <summary>The value attribute of the one input named <paramref name="name"/>, or null when there is none.</summary>
    private static string? BoxValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static string? TextareaValue(string html, string name)
    {
        var match = Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>([^<]*)</textarea>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static bool IsChecked(string html, string name, string value)
        => Regex.IsMatch(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"{Regex.Escape(value)}\"[^>]*checked");

    /// <summary>The inline error message shown next to the field with id <paramref name="id"/>.</summary>
    public static string? FieldError(string html, string id)
    {
        var match = Regex.Match(html, $"<span class=\"nhsuk-error-message\" id=\"{Regex.Escape(id)}-error\"><span[^>]*>Error:</span> ([^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("<div class=\"nhsuk-error-summary\".*?</ul>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
