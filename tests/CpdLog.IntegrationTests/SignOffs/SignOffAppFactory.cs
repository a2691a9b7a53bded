namespace CpdLog.IntegrationTests.SignOffs;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.IntegrationTests.Portfolio;
using MimeKit;

/// <summary>
/// The real app with its e-mail going to an in-test SMTP server and a clock frozen on 1 March 2027 (tests move it).
/// Each test makes its own registrant with an NMC registration and records (<see cref="PortfolioFixture.SeedNurseAsync"/>).
/// </summary>
public sealed partial class SignOffAppFactory : CpdLogAppFactory
{
    public SignOffAppFactory()
    {
        Now = PortfolioFixture.Today;
    }

    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:BaseUrl"] = "https://cpd.example.nhs.uk",
        ["Portfolio:VerifyPermitLimit"] = "10000",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>A registrant (API client) with an NMC registration, six activities, five reflections and five pieces of feedback.</summary>
    public async Task<(HttpClient Api, Guid RegistrationId, string Email)> RegistrantAsync(string name)
    {
        var email = $"{name}.{Guid.NewGuid():N}"[..20] + "@example.nhs.uk";
        var api = await CreateApiClientAsync(email);
        var (registrationId, _) = await PortfolioFixture.SeedNurseAsync(this, email, "Ruth Registrant", "12A3456E", activities: 6);
        return (api, registrationId, email);
    }

    /// <summary>A new bearer-token client for an existing user (e.g. after the clock moved past the token's lifetime).</summary>
    public async Task<HttpClient> LoginApiClientAsync(string email)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> AskAsync(HttpClient api, Guid registrationId, string kind, string name, string email)
    {
        var response = await api.PostAsJsonAsync("/api/v1/sign-off-requests", new { registrationId, kind, name, email });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The single e-mail sent to <paramref name="to"/> and the link's path (/SignOff/{token}).</summary>
    public async Task<(MimeMessage Message, string Path)> LinkSentToAsync(string to)
    {
        var mails = await Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == to));
        var message = Assert.Single(mails);
        var link = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(link.Success, "No sign-off link in: " + message.TextBody);
        return (message, link.Groups[1].Value);
    }

    [GeneratedRegex(@"https://cpd\.example\.nhs\.uk(/SignOff/[A-Za-z0-9_-]{43})\b")]
    private static partial Regex LinkPattern();
}
