namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Nothing a stranger can send tells them whether an address has an account: the sign-in page and API, sign-up and
/// the registration confirmation answer alike and do the same work (one password hash each, counted at Identity's
/// hasher; the same number of e-mails). Proved structurally, not by timing.
/// </summary>
public sealed partial class EnumerationTests(SecurityAppFactory factory) : IClassFixture<SecurityAppFactory>
{
    [Fact]
    public async Task SignInPage_UnknownWrongPasswordLockedAndDisabled_SameAnswerAndOneHashEach()
    {
        await factory.CreateApiClientAsync("known@example.nhs.uk");
        await factory.CreateApiClientAsync("locked@example.nhs.uk");
        await factory.CreateApiClientAsync("disabled@example.nhs.uk");
        await factory.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Email == "locked@example.nhs.uk").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1)));
            return await db.Users.Where(u => u.Email == "disabled@example.nhs.uk").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
        });

        var answers = new List<string>();
        foreach (var (email, password) in new[]
                 {
                     ("nobody@example.nhs.uk", "Wrong-Password-99"),
                     ("known@example.nhs.uk", "Wrong-Password-99"),
                     ("locked@example.nhs.uk", CpdLogAppFactory.Password),
                     ("disabled@example.nhs.uk", CpdLogAppFactory.Password),
                 })
        {
            var client = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
            factory.Hasher.Reset();
            var response = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, factory.Hasher.Verifications);
            Assert.Equal(0, factory.Hasher.Hashes);
            answers.Add(Normalise(await response.Content.ReadAsStringAsync(), email));
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("Enter a correct email address and password", answers[0]);
    }

    [Fact]
    public async Task SignInApi_UnknownWrongPasswordAndLocked_SameAnswerAndOneHashEach()
    {
        await factory.CreateApiClientAsync("api-known@example.nhs.uk");
        await factory.CreateApiClientAsync("api-locked@example.nhs.uk");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "api-locked@example.nhs.uk")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1))));

        var answers = new List<string>();
        foreach (var (email, password) in new[]
                 {
                     ("api-nobody@example.nhs.uk", "Wrong-Password-99"),
                     ("api-known@example.nhs.uk", "Wrong-Password-99"),
                     ("api-locked@example.nhs.uk", CpdLogAppFactory.Password),
                 })
        {
            factory.Hasher.Reset();
            var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(1, factory.Hasher.Verifications);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(answers.Select(a => TraceId().Replace(a, "")).Distinct());
    }

    [Fact]
    public async Task Register_ExistingAddress_SameAnswerSameWork_AndMailsTheOwner()
    {
        const string email = "owner@example.nhs.uk";
        var first = await RegisterThroughPageAsync(email, "First Owner");
        var firstMail = factory.Mail.Where(m => m.To == email).ToList();
        var firstHashes = factory.Hasher.Hashes;

        var second = await RegisterThroughPageAsync(email, "Someone Else");
        var allMail = factory.Mail.Where(m => m.To == email).ToList();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal("/Identity/Account/RegisterConfirmation", first.Headers.Location?.OriginalString);
        Assert.Equal(1, firstHashes);
        Assert.Equal(1, factory.Hasher.Hashes);
        var confirmation = Assert.Single(firstMail);
        Assert.Contains("Confirm", confirmation.Subject, StringComparison.Ordinal);
        Assert.Equal(2, allMail.Count);
        Assert.Equal("You already have a CpdLog account", allMail[1].Subject);
        Assert.Contains("/Identity/Account/ForgotPassword", allMail[1].Body, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
        // Not signed in by sign-up, either way.
        Assert.DoesNotContain(first.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("CpdLog.Auth=", StringComparison.Ordinal) && !v.StartsWith("CpdLog.Auth=;", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RegisterApi_ExistingAddress_SameAnswer()
    {
        var client = factory.CreateClient();
        var first = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "api-owner@example.nhs.uk", password = CpdLogAppFactory.Password });
        var second = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "api-owner@example.nhs.uk", password = "Other-Password-55" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RegistrationConfirmation_KnownAndUnknownAddress_SamePage()
    {
        await factory.CreateApiClientAsync("confirm-known@example.nhs.uk");
        var client = factory.CreateClient();

        var known = await client.GetAsync("/Identity/Account/RegisterConfirmation?email=confirm-known%40example.nhs.uk");
        var unknown = await client.GetAsync("/Identity/Account/RegisterConfirmation?email=confirm-unknown%40example.nhs.uk");

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(Normalise(await known.Content.ReadAsStringAsync(), ""), Normalise(await unknown.Content.ReadAsStringAsync(), ""));
    }

    private async Task<HttpResponseMessage> RegisterThroughPageAsync(string email, string name)
    {
        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.GetPageAsync("/Identity/Account/Register");
        factory.Hasher.Reset();
        return await browser.PostFormAsync("/Identity/Account/Register", new()
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = CpdLogAppFactory.Password,
            ["Input.ConfirmPassword"] = CpdLogAppFactory.Password,
        });
    }

    // The page echoes the typed address and carries a fresh antiforgery token; nothing else may differ.
    private static string Normalise(string html, string email) =>
        TokenValue().Replace(email.Length > 0 ? html.Replace(email, "{email}", StringComparison.Ordinal) : html, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*")]
    private static partial Regex TokenValue();

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
