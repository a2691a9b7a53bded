namespace CpdLog.IntegrationTests.Infrastructure;

using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

/// <summary>
/// Drives Razor Pages as a browser would: GET the page, take its antiforgery token, POST the form. The auth and
/// antiforgery cookies live in the underlying client's cookie container. A date a test gives as one ISO value
/// ("2025-04-01") for a field the page shows as an NHS date input goes in as its day, month and year boxes.
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

    /// <summary>The antiforgery token of the page at <paramref name="pageUrl"/>, for posts a test builds itself (multipart uploads).</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl) => AntiforgeryToken(await GetPageAsync(pageUrl));

    /// <summary>The antiforgery token in a page's HTML.</summary>
    public static string AntiforgeryToken(string html)
    {
        var token = TokenPattern().Match(html);
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");
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

        var document = await new HtmlParser().ParseDocumentAsync(html);
        var names = document.QuerySelectorAll("input[name]").Select(e => e.GetAttribute("name")!).ToHashSet(StringComparer.Ordinal);
        var form = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in fields)
        {
            form.AddRange(DateFields.IsDateInput(names, name) ? DateFields.Split(name, value) : [new(name, value)]);
        }

        form.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// Submits a form on <paramref name="pageUrl"/> as a browser would: every field with the value the page gave it
    /// (checked boxes only, selected options, the antiforgery token), except <paramref name="changes"/>, plus an
    /// optional file, encoded as the form's enctype says, to its action.
    /// </summary>
    /// <param name="formSelector">CSS selector of the form (default: the first form with <c>method="post"</c> that is not the sign-out form).</param>
    public async Task<HttpResponseMessage> SubmitFormAsync(
        string pageUrl, Dictionary<string, string>? changes = null, (string Field, string FileName, byte[] Bytes)? file = null, string? formSelector = null)
    {
        var html = await GetPageAsync(pageUrl);
        var document = await new HtmlParser().ParseDocumentAsync(html);
        var form = (formSelector is null
            ? document.Forms.FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && !(f.Action ?? "").Contains("Logout", StringComparison.OrdinalIgnoreCase))
            : document.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No such form on {pageUrl}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("file" or "submit" or "button" or "image" or "reset"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        var names = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in changes ?? [])
        {
            if (DateFields.IsDateInput(names, name))
            {
                // A date given as one value ("2025-04-01") goes into the page's day, month and year boxes.
                var parts = DateFields.Split(name, value);
                fields.RemoveAll(f => parts.Any(p => p.Key == f.Key));
                fields.AddRange(parts);
                continue;
            }

            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        if (!string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            if (file is not null)
            {
                throw new InvalidOperationException($"The form on {pageUrl} cannot send files.");
            }

            return await client.PostAsync(action, new FormUrlEncodedContent(fields));
        }

        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, f.Field, f.FileName);
        }

        return await client.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
