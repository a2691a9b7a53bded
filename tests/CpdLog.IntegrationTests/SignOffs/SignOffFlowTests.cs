namespace CpdLog.IntegrationTests.SignOffs;

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CpdLog.Core.Records;
using CpdLog.Core.SignOffs;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.IntegrationTests.Portfolio;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Sign-off by e-mail end to end on the real app: the registrant asks (API or page), the recipient gets the link by
/// SMTP, opens it without an account, signs or declines; the record is created read-only, the audit has the hash, the
/// portfolio prints the e-signature and /verify shows it. Expiry, reuse, withdrawal and own-address refusal included.
/// </summary>
public sealed class SignOffFlowTests(SignOffAppFactory app) : IClassFixture<SignOffAppFactory>
{
    private const string ConfirmerEmail = "carol.confirmer@trust.example.nhs.uk";

    private FormClient Anonymous() => new(app.CreateClient(new() { AllowAutoRedirect = false }));

    [Fact]
    public async Task Confirmation_SignedFromTheEmailLink_CreatesAReadOnlyRecord_AuditedWithTheHash_PrintedAndVerifiable()
    {
        var (api, registrationId, _) = await app.RegistrantAsync("ruth");
        var created = await SignOffAppFactory.AskAsync(api, registrationId, "Confirmation", "Carol Confirmer", ConfirmerEmail);
        Assert.Equal("pending", created.GetProperty("status").GetString());
        Assert.Equal(PortfolioFixture.Today.AddDays(30), created.GetProperty("expiresAt").GetDateTimeOffset());
        var id = created.GetProperty("id").GetGuid();

        var (mail, path) = await app.LinkSentToAsync(ConfirmerEmail);
        Assert.Contains("Ruth Registrant", mail.Subject, StringComparison.Ordinal);

        // Only the hash of the token is stored.
        var token = path["/SignOff/".Length..];
        var stored = await app.WithDbAsync(db => db.SignOffRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))), stored.TokenHash);
        Assert.DoesNotContain(token, stored.SummaryJson + stored.TokenHash, StringComparison.Ordinal);

        // The recipient, without an account, sees the registrant, the Pin and the chosen records, and nothing private.
        var recipient = Anonymous();
        var page = await recipient.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.CacheControl?.NoStore);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Ruth Registrant", html, StringComparison.Ordinal);
        Assert.Contains("12A3456E", html, StringComparison.Ordinal);
        Assert.Contains("Reflection on handover 3", html, StringComparison.Ordinal);
        Assert.Contains("#6", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PortfolioFixture.PrivateTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Structured handover (SBAR)", html, StringComparison.Ordinal);
        Assert.Contains("How your information is used", html, StringComparison.Ordinal);
        Assert.Contains("it did not check who they are", html, StringComparison.Ordinal);

        // A Pin in the wrong format is refused with the NMC form's message; the request stays open.
        var bad = await recipient.SubmitFormAsync(path, SignFields("12345"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Enter an NMC Pin in the correct format, like 12A3456E", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SignOffState.Pending, (await app.WithDbAsync(db => db.SignOffRequests.AsNoTracking().SingleAsync(r => r.Id == id))).State);

        var signed = await recipient.SubmitFormAsync(path, SignFields("34b1234z"));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var thanks = await signed.Content.ReadAsStringAsync();
        Assert.Contains("You have signed", thanks, StringComparison.Ordinal);

        // The request, the record and the audit.
        var request = await app.WithDbAsync(db => db.SignOffRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(SignOffState.Signed, request.State);
        Assert.Equal(PortfolioFixture.Today, request.ClosedAt);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.SignedText))), request.ContentSha256);
        var sixth = await app.WithDbAsync(db => db.Activities.AsNoTracking().SingleAsync(a => a.OwnerId == stored.OwnerId && a.Title.EndsWith("#6")));
        Assert.Contains($"Record: {sixth.Reference} {sixth.Title} (", request.SignedText, StringComparison.Ordinal);
        Assert.Contains("NMC Pin: 34B1234Z", request.SignedText, StringComparison.Ordinal);
        Assert.Contains(request.ContentSha256, thanks, StringComparison.Ordinal);
        var confirmation = await app.WithDbAsync(db => db.Confirmations.AsNoTracking().SingleAsync(c => c.SignOffId == id));
        Assert.Equal(request.RecordId, confirmation.Id);
        Assert.Equal(stored.OwnerId, confirmation.OwnerId);
        Assert.Equal("Carol Confirmer", confirmation.ConfirmerName);
        Assert.Equal("34B1234Z", confirmation.ConfirmerProfessionalId);
        Assert.Equal(ConfirmerEmail, confirmation.ConfirmerEmail);
        Assert.Equal(ConfirmerCategory.NmcRegistrantLineManager, confirmation.ConfirmerCategory);
        Assert.Equal(ConfirmationItems.CpdHours, confirmation.ItemsConfirmed);
        Assert.Equal(new DateOnly(2027, 2, 20), confirmation.Date);
        var audit = await app.WithDbAsync(db => db.SignOffEvents.AsNoTracking().Where(e => e.SignOffRequestId == id).ToListAsync());
        Assert.Equal(new[] { "Requested", "Signed" }, audit.Select(e => e.Kind).Order());
        var signedEvent = audit.Single(e => e.Kind == "Signed");
        Assert.Equal(request.ContentSha256, signedEvent.ContentSha256);
        Assert.Equal($"recipient <{ConfirmerEmail}>", signedEvent.Actor);
        Assert.Contains("Name: Carol Confirmer", signedEvent.Details, StringComparison.Ordinal);

        // The audit is append-only.
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.SignOffEvents.FirstAsync(e => e.SignOffRequestId == id);
            entry.Details = "tampered";
            return await db.SaveChangesAsync();
        }));

        // The API lists it as signed; the record is read-only through the API.
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sign-off-requests?registrationId={registrationId}");
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal("signed", listed.GetProperty("status").GetString());
        Assert.Equal(request.ContentSha256, listed.GetProperty("contentSha256").GetString());
        var dto = await api.GetFromJsonAsync<JsonElement>($"/api/v1/confirmations/{confirmation.Id}");
        Assert.Equal(id, dto.GetProperty("signOffId").GetGuid());
        var put = await api.PutAsJsonAsync($"/api/v1/confirmations/{confirmation.Id}", new
        {
            date = "2027-02-21", confirmerName = "Someone Else", confirmerRole = "Manager", confirmerEmail = "x@example.nhs.uk", confirmerCategory = "Other",
        });
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"/api/v1/confirmations/{confirmation.Id}")).StatusCode);
        var after = await app.WithDbAsync(db => db.Confirmations.AsNoTracking().SingleAsync(c => c.Id == confirmation.Id));
        Assert.Equal("Carol Confirmer", after.ConfirmerName);
        Assert.Null(after.DeletedAt);

        // ...and through the pages.
        var registrant = await app.SignInFormClientAsync(await app.WithDbAsync(db => db.Users.Where(u => u.Id == stored.OwnerId).Select(u => u.Email!).SingleAsync()));
        var edit = await registrant.GetAsync($"/Records/Confirmations/Edit/{confirmation.Id}");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal($"/Registrations/SignOffs/Details/{id}", edit.Headers.Location!.OriginalString);
        var postEdit = await registrant.PostFormAsync($"/Records/Confirmations/Edit/{confirmation.Id}",
            new() { ["Input.ConfirmerName"] = "Someone Else" }, pageUrl: "/Records/Confirmations/Add");
        Assert.Equal(HttpStatusCode.Redirect, postEdit.StatusCode);
        var delete = await registrant.PostFormAsync($"/Records/Confirmations/Delete/{confirmation.Id}", new(), pageUrl: "/Records/Confirmations/Add");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        var refused = await registrant.GetPageAsync(delete.Headers.Location!.OriginalString);
        Assert.Contains("signed electronically by someone else", refused, StringComparison.Ordinal);
        after = await app.WithDbAsync(db => db.Confirmations.AsNoTracking().SingleAsync(c => c.Id == confirmation.Id));
        Assert.Equal("Carol Confirmer", after.ConfirmerName);
        Assert.Null(after.DeletedAt);
        var index = await registrant.GetPageAsync("/Records/Confirmations");
        Assert.Contains("Signed electronically", index, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Records/Confirmations/Edit/{confirmation.Id}", index, StringComparison.Ordinal);

        // The link is single-use: a second visit is a clear 410 page, a second answer changes nothing and is audited.
        var again = await recipient.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already been signed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var replay = await recipient.PostFormAsync(path + "?handler=Sign", SignFields("34B1234Z"), pageUrl: "/verify");
        Assert.Equal(HttpStatusCode.Gone, replay.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Confirmations.CountAsync(c => c.SignOffId == id)));
        Assert.Contains("LinkRefused", await app.WithDbAsync(db => db.SignOffEvents.Where(e => e.SignOffRequestId == id).Select(e => e.Kind).ToListAsync()));

        // The portfolio prints it as signed electronically, with the caveat (read back from the PDF).
        var pdfResponse = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId, includePrivate = false });
        pdfResponse.EnsureSuccessStatusCode();
        var text = await PdfText.DrawnTextAsync(await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Contains("Signed electronically by Carol Confirmer", text, StringComparison.Ordinal);
        Assert.Contains(request.ContentSha256, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("it did not check who they are", text, StringComparison.Ordinal);
        Assert.Contains(request.VerificationCode!, text, StringComparison.Ordinal);

        // /verify shows the signed record by its code, with the same caveat.
        var verify = WebUtility.HtmlDecode(await Anonymous().GetPageAsync($"/verify?code={request.VerificationCode}"));
        Assert.Contains("signed electronically by", verify, StringComparison.Ordinal);
        Assert.Contains("Carol Confirmer", verify, StringComparison.Ordinal);
        Assert.Contains("it did not check who they are", verify, StringComparison.Ordinal);
        var verifyApi = await Anonymous().Http.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{request.VerificationCode}");
        Assert.Equal(request.ContentSha256, verifyApi.GetProperty("signOff").GetProperty("contentSha256").GetString());
    }

    [Fact]
    public async Task ExpiredLink_ShowsAClearPage_CannotBeSignedOrWithdrawn()
    {
        var (api, registrationId, registrantEmail) = await app.RegistrantAsync("exp");
        var email = $"late.{Guid.NewGuid():N}@trust.example.nhs.uk";
        var id = (await SignOffAppFactory.AskAsync(api, registrationId, "Discussion", "Larry Late", email)).GetProperty("id").GetGuid();
        var (_, path) = await app.LinkSentToAsync(email);
        var recipient = Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await recipient.GetAsync(path)).StatusCode);
        var form = await recipient.GetPageAsync(path);

        try
        {
            app.Now = PortfolioFixture.Today.AddDays(30);
            var page = await recipient.GetAsync(path);
            Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
            Assert.Contains("This link expired on", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // An answer posted from a page opened before the expiry is refused too.
            var late = await recipient.Http.PostAsync(path + "?handler=Sign", new FormUrlEncodedContent(new Dictionary<string, string>(SignFields("34B1234Z"))
            {
                ["__RequestVerificationToken"] = FormClient.AntiforgeryToken(form),
            }));
            Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
            Assert.Equal(0, await app.WithDbAsync(db => db.Discussions.CountAsync(d => d.SignOffId == id)));

            // A month on, the registrant's access token has expired too: sign in again.
            api = await app.LoginApiClientAsync(registrantEmail);
            var listed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sign-off-requests/{id}");
            Assert.Equal("expired", listed.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/sign-off-requests/{id}/withdraw", null)).StatusCode);
        }
        finally
        {
            app.Now = PortfolioFixture.Today;
        }
    }

    [Fact]
    public async Task Discussion_Declined_WithAReason_CreatesNoRecord_AndTheRegistrantSeesWhy()
    {
        var (api, registrationId, _) = await app.RegistrantAsync("dec");
        var email = $"dan.{Guid.NewGuid():N}@trust.example.nhs.uk";
        var id = (await SignOffAppFactory.AskAsync(api, registrationId, "Discussion", "Dan Decliner", email)).GetProperty("id").GetGuid();
        var (_, path) = await app.LinkSentToAsync(email);
        var recipient = Anonymous();
        var html = WebUtility.HtmlDecode(await recipient.GetPageAsync(path));
        Assert.Contains("Reflection on handover 1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#6", html, StringComparison.Ordinal);

        var empty = await recipient.SubmitFormAsync(path, new() { ["Answer.DeclineReason"] = "" }, formSelector: "form[action*='handler=Decline']");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter why you are declining", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var declined = await recipient.SubmitFormAsync(path, new() { ["Answer.DeclineReason"] = "We have not met to discuss your accounts yet." },
            formSelector: "form[action*='handler=Decline']");
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Contains("You have declined", await declined.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var dto = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sign-off-requests/{id}");
        Assert.Equal("declined", dto.GetProperty("status").GetString());
        Assert.Equal("We have not met to discuss your accounts yet.", dto.GetProperty("declineReason").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Discussions.CountAsync(d => d.SignOffId == id)));
        var audit = await app.WithDbAsync(db => db.SignOffEvents.AsNoTracking().Where(e => e.SignOffRequestId == id).ToListAsync());
        Assert.Equal(new[] { "Declined", "Requested" }, audit.Select(e => e.Kind).Order());
        Assert.Equal(64, audit.Single(e => e.Kind == "Declined").ContentSha256.Length);
        Assert.Equal(HttpStatusCode.Gone, (await recipient.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Withdraw_StopsTheLink_OnlyOnce_AndOnlyForTheOwner()
    {
        var (api, registrationId, _) = await app.RegistrantAsync("wd");
        var email = $"wanda.{Guid.NewGuid():N}@trust.example.nhs.uk";
        var id = (await SignOffAppFactory.AskAsync(api, registrationId, "Attestation", "Wanda", email)).GetProperty("id").GetGuid();
        var (_, path) = await app.LinkSentToAsync(email);

        var (other, _, _) = await app.RegistrantAsync("other");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/sign-off-requests/{id}/withdraw", null)).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/sign-off-requests")).EnumerateArray());

        var withdrawn = await api.PostAsync($"/api/v1/sign-off-requests/{id}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/sign-off-requests/{id}/withdraw", null)).StatusCode);

        var page = await Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("withdrew this request", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync("/SignOff/" + new string('A', 43))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync("/SignOff/not-a-token")).StatusCode);
    }

    [Fact]
    public async Task OwnAddresses_AndNmcFormsForOtherBodies_AreRefused_WithFieldErrors()
    {
        var (api, registrationId, email) = await app.RegistrantAsync("own");
        var userId = await app.UserIdAsync(email);
        await app.WithDbAsync(db =>
        {
            db.UserClaims.Add(new() { UserId = userId, ClaimType = "email", ClaimValue = "ruth.home@example.org" });
            return db.SaveChangesAsync();
        });

        foreach (var own in new[] { email.ToUpperInvariant(), email.Replace("@", "+cpd@", StringComparison.Ordinal), "Ruth.Home@example.org" })
        {
            var response = await api.PostAsJsonAsync("/api/v1/sign-off-requests", new { registrationId, kind = "Confirmation", name = "Me", email = own });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("not one of your own", problem.GetProperty("errors").GetProperty("email")[0].GetString(), StringComparison.Ordinal);
        }

        var invalid = await api.PostAsJsonAsync("/api/v1/sign-off-requests", new { registrationId, kind = "Appraisal", name = "", email = "nope" });
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/v1/sign-off-requests",
            new { registrationId = Guid.NewGuid(), kind = "Attestation", name = "A", email = "a@example.nhs.uk" })).StatusCode);

        var hcpcId = Guid.NewGuid();
        await app.WithDbAsync(db =>
        {
            db.Registrations.Add(new() { Id = hcpcId, OwnerId = userId, BodyCode = "HCPC", RegistrationNumber = "PA12345", AnchorDate = new DateOnly(2027, 8, 31), CreatedAt = PortfolioFixture.Today, UpdatedAt = PortfolioFixture.Today });
            return db.SaveChangesAsync();
        });
        var nmcForm = await api.PostAsJsonAsync("/api/v1/sign-off-requests", new { registrationId = hcpcId, kind = "Confirmation", name = "A", email = "a@example.nhs.uk" });
        Assert.Equal(HttpStatusCode.BadRequest, nmcForm.StatusCode);
        Assert.Contains("attestation", (await nmcForm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SignOffRequests.CountAsync(r => r.OwnerId == userId)));
    }

    [Fact]
    public async Task RegistrantPages_AskListAndWithdraw()
    {
        var (_, registrationId, email) = await app.RegistrantAsync("pages");
        var registrant = await app.SignInFormClientAsync(email);
        var url = $"/Registrations/SignOffs/{registrationId}";
        Assert.Contains($"href=\"{url}\"", await registrant.GetPageAsync("/Registrations"), StringComparison.Ordinal);

        var own = await registrant.SubmitFormAsync(url, new() { ["Input.Name"] = "Me", ["Input.Email"] = email }, formSelector: "form:not([action])");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("not one of your own", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var partner = $"pat.{Guid.NewGuid():N}@trust.example.nhs.uk";
        var sent = await registrant.SubmitFormAsync(url, new() { ["Input.Kind"] = "Discussion", ["Input.Name"] = "Pat Partner", ["Input.Email"] = partner },
            formSelector: "form:not([action])");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await app.LinkSentToAsync(partner);
        var list = await registrant.GetPageAsync(url);
        Assert.Contains("data-status=\"pending\"", list, StringComparison.Ordinal);
        Assert.Contains("Pat Partner", list, StringComparison.Ordinal);

        var withdraw = await registrant.SubmitFormAsync(url, formSelector: "form[action*='handler=Withdraw']");
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Contains("data-status=\"withdrawn\"", await registrant.GetPageAsync(url), StringComparison.Ordinal);

        var someoneElse = await app.CreateSignedInFormClientAsync($"else.{Guid.NewGuid():N}"[..16] + "@example.nhs.uk");
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task SignOffPage_IsRateLimitedPerAddress_WithTheDefaultLimit_AndSendsTheSecurityHeaders()
    {
        var limit = new CpdLog.Web.Features.SignOff.SignOffOptions().PermitLimit;
        var guesser = Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= limit; i++)
        {
            statuses.Add((await guesser.GetAsync("/SignOff/" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'))).StatusCode);
        }

        Assert.All(statuses.Take(limit), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // Another address is unaffected, and gets the app's security headers on this anonymous page.
        var page = await Anonymous().GetAsync("/SignOff/" + new string('B', 43));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", page.Headers.GetValues("Referrer-Policy").Single());
    }

    private static Dictionary<string, string> SignFields(string pin) => new()
    {
        ["Answer.SignerName"] = "Carol Confirmer",
        ["Answer.SignerRole"] = "Ward manager (line manager)",
        ["Answer.SignerCategory"] = nameof(ConfirmerCategory.NmcRegistrantLineManager),
        ["Answer.SignerIsNmcRegistrant"] = "true",
        ["Answer.SignerProfessionalId"] = pin,
        ["Answer.SignerAddress"] = "Ward 7, General Hospital",
        ["Answer.SignerPostcode"] = "ab1 2cd",
        ["Answer.MeetingDate"] = "2027-02-20",
        ["Answer.ItemsConfirmed"] = nameof(ConfirmationItems.CpdHours),
        ["Answer.Agree"] = "true",
    };
}
