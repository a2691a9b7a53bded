namespace CpdLog.IntegrationTests.Portfolio;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;

/// <summary>The public verify page and API, with portfolios downloaded through the app.</summary>
[Collection(PortfolioCollection.Name)]
public sealed partial class VerifyTests(PortfolioFixture app)
{
    private static readonly string[] PublicFields =
    [
        "genuine", "method", "message", "verificationCode", "issuedTo", "issuedAt", "bodyCode", "bodyName", "registrationNumber",
        "periodStart", "periodEnd",
    ];

    [Fact]
    public async Task VerifyApi_ByCode_IsGenuine_WithPersonRegistrationAndPeriodOnly()
    {
        await app.ReadyAsync();

        var result = await Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/verify/{app.Code}");

        Assert.True(result.GetProperty("genuine").GetBoolean());
        Assert.Equal(PortfolioFixture.DisplayName, result.GetProperty("issuedTo").GetString());
        Assert.Equal("NMC", result.GetProperty("bodyCode").GetString());
        Assert.Equal(PortfolioFixture.PinNumber, result.GetProperty("registrationNumber").GetString());
        Assert.Equal("2025-07-01", result.GetProperty("periodStart").GetString());
        Assert.Equal("2028-06-30", result.GetProperty("periodEnd").GetString());
        Assert.StartsWith("2027-03-01", result.GetProperty("issuedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(PublicFields.Order(), result.EnumerateObject().Select(p => p.Name).Order());
        Assert.DoesNotContain(PortfolioFixture.Email, result.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task VerifyApi_ByCode_AcceptsLowerCaseAndLookAlikes()
    {
        await app.ReadyAsync();
        var sloppy = app.Code.ToLowerInvariant().Replace("0", "o", StringComparison.Ordinal).Replace("1", "l", StringComparison.Ordinal);

        var result = await Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/verify/{Uri.EscapeDataString(sloppy)}");

        Assert.True(result.GetProperty("genuine").GetBoolean());
    }

    [Fact]
    public async Task VerifyApi_UnknownCode_IsNotRecognised()
    {
        await app.ReadyAsync();
        var unknown = app.Code == "00000-00000" ? "00000-00001" : "00000-00000";

        var result = await Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/verify/{unknown}");

        Assert.False(result.GetProperty("genuine").GetBoolean());
        Assert.False(result.TryGetProperty("issuedTo", out var name) && name.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task VerifyApi_MalformedCode_Is400WithFieldError()
    {
        var response = await Anonymous().GetAsync("/api/v1/verify/not-a-code");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task VerifyApi_UploadOfExactBytes_IsGenuine()
    {
        await app.ReadyAsync();

        var result = await UploadAsync(app.Pdf);

        Assert.True(result.GetProperty("genuine").GetBoolean());
        Assert.Equal("file", result.GetProperty("method").GetString());
        Assert.Equal(app.Code, result.GetProperty("verificationCode").GetString());
        Assert.Equal(PortfolioFixture.DisplayName, result.GetProperty("issuedTo").GetString());
    }

    [Fact]
    public async Task VerifyApi_UploadWithOneChangedByte_IsNotGenuine()
    {
        await app.ReadyAsync();
        var altered = (byte[])app.Pdf.Clone();
        altered[altered.Length / 2] ^= 0x01;

        var result = await UploadAsync(altered);

        Assert.False(result.GetProperty("genuine").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("issuedTo").ValueKind);
    }

    [Fact]
    public async Task VerifyApi_UploadWithoutFile_Is400WithFieldError()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        var response = await Anonymous().PostAsync("/api/v1/verify", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task VerifyPage_QrLinkWithCode_ShowsGenuineWithNameRegistrationAndPeriod()
    {
        await app.ReadyAsync();

        var html = await Anonymous().GetStringAsync($"/verify?code={app.Code}");

        var result = ResultBlock(html);
        Assert.Contains("data-genuine=\"true\"", result, StringComparison.Ordinal);
        Assert.Contains(WebUtilityEncode(PortfolioFixture.DisplayName), result, StringComparison.Ordinal);
        Assert.Contains("1 March 2027", result, StringComparison.Ordinal);
        Assert.Contains("registration 12A3456E", result, StringComparison.Ordinal);
        Assert.Contains("period 1 July 2025 to 30 June 2028", result, StringComparison.Ordinal);
        Assert.DoesNotContain(PortfolioFixture.Email, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task VerifyPage_CodeForm_UnknownCode_SaysNotRecognised()
    {
        var client = new FormClient(app.CreateClient());

        var response = await client.PostFormAsync("/verify?handler=Code", new() { ["Code"] = "ZZZZZ-ZZZZZ" }, "/verify");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-genuine=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("Not recognised or altered", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyPage_Upload_ExactBytesGenuine_ChangedByteNot()
    {
        await app.ReadyAsync();
        var altered = (byte[])app.Pdf.Clone();
        altered[100] ^= 0x20;

        var genuine = await UploadToPageAsync(app.Pdf);
        var changed = await UploadToPageAsync(altered);

        Assert.Contains("data-genuine=\"true\"", genuine, StringComparison.Ordinal);
        Assert.Contains(app.Code, genuine, StringComparison.Ordinal);
        Assert.Contains("data-genuine=\"false\"", changed, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtilityEncode(PortfolioFixture.DisplayName), changed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyPage_NeedsNoSignIn()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/verify");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient Anonymous() => app.CreateClient();

    private async Task<JsonElement> UploadAsync(byte[] pdf)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "portfolio.pdf");
        var response = await Anonymous().PostAsync("/api/v1/verify", form);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> UploadToPageAsync(byte[] pdf)
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/verify");
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Upload", "portfolio.pdf");
        var response = await client.PostAsync("/verify?handler=File", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ResultBlock(await response.Content.ReadAsStringAsync());
    }

    private static string ResultBlock(string html)
    {
        var start = html.IndexOf("data-testid=\"verify-result\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "No verification result on the page");
        return html[start..html.IndexOf("<h2>Check by code</h2>", start, StringComparison.Ordinal)];
    }

    private static string WebUtilityEncode(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
