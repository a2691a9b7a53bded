namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpdLog.Core.Administration;
using CpdLog.Core.Funding;
using CpdLog.Core.SignOffs;
using CpdLog.Data.Security;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// "Close your account and delete your data" does exactly what docs/security.md says: each kind of the person's own
/// data is gone (files too), each kind of record the employer keeps is still there, and the account can never sign in.
/// </summary>
public sealed class PersonalDataErasureTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task Delete_ErasesThePersonsData_KeepsTheEmployersRecords_AndClosesTheAccount()
    {
        const string email = "leaver@example.nhs.uk";
        var api = await factory.CreateApiClientAsync(email);
        var page = await factory.SignInFormClientAsync(email);
        var id = await factory.UserIdAsync(email);
        await factory.CreateApiClientAsync("leavers-manager@example.nhs.uk");
        var managerId = await factory.UserIdAsync("leavers-manager@example.nhs.uk");
        var reportEmail = "leavers-report@example.nhs.uk";
        await factory.CreateApiClientAsync(reportEmail);

        // The person's own data.
        var registration = await CreatedIdAsync(await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "HCPC", registrationNumber = "PA1", anchorDate = "2027-08-31" }));
        var activity = await CreatedIdAsync(await api.PostAsJsonAsync("/api/v1/activities", new
        {
            title = "Leadership course",
            startDate = "2026-10-01",
            endDate = "2026-10-01",
            hours = 6m,
            participatoryHours = 0,
            method = "CourseAttendance",
            activityType = "FormalEducational",
            status = "Completed",
            description = "Course",
            relevanceToPractice = "Relevant",
            learningOutcomes = "Learned",
        }));
        var qualification = await CreatedIdAsync(await api.PostAsJsonAsync("/api/v1/qualifications", Records.RecordSamples.Valid("qualifications", "ILM Level 5")));
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("certificate " + Guid.NewGuid()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var upload = await api.PostAsync("/api/v1/evidence", new MultipartFormDataContent
        {
            { new StringContent("Activity"), "recordKind" },
            { new StringContent(activity.ToString()), "recordId" },
            { file, "file", "certificate.txt" },
        });
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var storageKey = await factory.WithDbAsync(db => db.EvidenceFiles.Where(f => f.OwnerId == id).Select(f => f.StorageKey).SingleAsync());

        // Records the employer keeps.
        var funding = await CreatedIdAsync(await api.PostAsJsonAsync("/api/v1/funding-requests", new
        {
            title = "MBA module",
            provider = "University",
            startDate = "2027-01-10",
            endDate = "2027-01-12",
            tuitionFee = 900m,
            justification = "Service improvement",
        }));
        var now = DateTimeOffset.UtcNow;
        var signOffId = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            var template = new AgreementTemplate { Name = "Standard", Terms = "Repay if you leave", CreatedAt = now, CreatedById = managerId };
            db.AgreementTemplates.Add(template);
            db.AgreementAcceptances.Add(new AgreementAcceptance { FundingRequestId = funding, TemplateId = template.Id, TemplateVersion = 1, AcceptedById = id, AcceptedAt = now, Amount = 900m, Fees = 900m, ScheduleText = "100% within 12 months" });
            db.FundingDecisions.Add(new FundingDecision { FundingRequestId = funding, ActorId = managerId, At = now, Comment = "Approved", Action = FundingAction.Approved, FromStatus = FundingStatus.Submitted, ToStatus = FundingStatus.InProgress });
            db.FundingAudit.Add(new FundingAuditEntry { At = now, ActorId = id, Kind = "AgreementAccepted", FundingRequestId = funding, Amount = 900m, Detail = "Accepted the standard agreement" });
            db.AdminAudit.Add(new AdminAuditEntry { At = now, ActorId = managerId, Kind = "RolesChanged", Subject = id, Before = "", After = "Manager" });
            db.SignOffRequests.Add(new SignOffRequest
            {
                Id = signOffId,
                OwnerId = id,
                RegistrationId = registration,
                Kind = SignOffKind.Attestation,
                RecipientName = "A Colleague",
                RecipientEmail = "colleague@example.nhs.uk",
                TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
                CreatedAt = now,
                ExpiresAt = now.AddDays(14),
                State = SignOffState.Signed,
                ClosedAt = now,
                SignerName = "A Colleague",
                VerificationCode = Guid.NewGuid().ToString("N")[..11],
            });
            db.SignOffEvents.Add(new SignOffEvent { SignOffRequestId = signOffId, OwnerId = id, At = now, Kind = "Signed", Actor = "signer", Details = "Signed" });
            db.PersonalAccessTokens.Add(new PersonalAccessToken { UserId = id, Name = "script", TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), Hint = "abcd", CreatedAt = now, ExpiresAt = now.AddDays(30) });
            var report = await db.Users.SingleAsync(u => u.Email == reportEmail);
            report.LineManagerId = id;
            return await db.SaveChangesAsync();
        });
        var fundingAuditBefore = await factory.WithDbAsync(db => db.FundingAudit.CountAsync(a => a.ActorId == id));
        Assert.True(fundingAuditBefore > 0);
        var decisionsBefore = await factory.WithDbAsync(db => db.FundingDecisions.CountAsync(d => d.FundingRequestId == funding));
        Assert.True(decisionsBefore > 0);

        var deleted = await page.SubmitFormAsync("/Identity/Account/Manage/DeletePersonalData", new() { ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/Identity/Account/AccountClosed", deleted.Headers.Location?.OriginalString);

        // Erased.
        Assert.Equal(0, await factory.WithDbAsync(db => db.Activities.IgnoreQueryFilters().CountAsync(a => a.OwnerId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.OwnerId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Qualifications.CountAsync(q => q.OwnerId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<CpdLog.Core.Records.QualificationModule>().CountAsync(m => m.QualificationId == qualification)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(f => f.OwnerId == id)));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenReadAsync(storageKey, CancellationToken.None));
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.PersonalAccessTokens.CountAsync(t => t.UserId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.RefreshTokens.CountAsync(t => t.UserId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserTokens.CountAsync(t => t.UserId == id)));

        // Kept.
        Assert.Equal(1, await factory.WithDbAsync(db => db.FundingRequests.CountAsync(r => r.Id == funding && r.RequesterId == id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AgreementAcceptances.CountAsync(a => a.AcceptedById == id)));
        Assert.Equal(decisionsBefore, await factory.WithDbAsync(db => db.FundingDecisions.CountAsync(d => d.FundingRequestId == funding)));
        Assert.Equal(fundingAuditBefore, await factory.WithDbAsync(db => db.FundingAudit.CountAsync(a => a.ActorId == id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AdminAudit.CountAsync(a => a.Subject == id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.SignOffRequests.CountAsync(r => r.Id == signOffId && r.State == SignOffState.Signed)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.SignOffEvents.CountAsync(e => e.SignOffRequestId == signOffId)));
        Assert.True(await factory.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == id && e.Kind == SecurityEventKind.SignedIn)));
        Assert.True(await factory.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == id && e.Kind == SecurityEventKind.PersonalDataDeleted)));

        // The account: closed, named (the employer's records name the person), no address, no way in.
        var account = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == id));
        Assert.True(account.IsDisabled);
        Assert.Null(account.PasswordHash);
        Assert.EndsWith("@deleted.invalid", account.Email, StringComparison.Ordinal);
        Assert.Equal(email, account.DisplayName);
        Assert.Equal("", account.JobTitle);
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == reportEmail).Select(u => u.LineManagerId).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/Dashboard")).StatusCode);
        var apiAfter = (await api.GetAsync("/api/v1/activities")).StatusCode;
        Assert.True(apiAfter is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, apiAfter.ToString());
        var login = await new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }))
            .PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        // The address is free: the person can start again.
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = CpdLogAppFactory.Password })).EnsureSuccessStatusCode();
        Assert.NotEqual(id, await factory.UserIdAsync(email));
    }

    [Fact]
    public async Task Delete_WithNoEmployerRecords_RemovesTheNameToo()
    {
        const string email = "quiet-leaver@example.nhs.uk";
        var page = await factory.CreateSignedInFormClientAsync(email);
        var id = await factory.UserIdAsync(email);

        var deleted = await page.SubmitFormAsync("/Identity/Account/Manage/DeletePersonalData", new() { ["Input.Password"] = CpdLogAppFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var account = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == id));
        Assert.Equal("Deleted account", account.DisplayName);
        Assert.True(account.IsDisabled);
    }

    [Fact]
    public async Task Download_HasTheRecords_AndNoSecrets()
    {
        const string email = "downloader@example.nhs.uk";
        var api = await factory.CreateApiClientAsync(email);
        var page = await factory.SignInFormClientAsync(email);
        (await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "HCPC", registrationNumber = "PA77", anchorDate = "2027-08-31" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/qualifications", Records.RecordSamples.Valid("qualifications", "PG Dip in Health Informatics"))).EnsureSuccessStatusCode();

        var download = await page.SubmitFormAsync("/Identity/Account/Manage/DownloadPersonalData");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var text = await download.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        Assert.Equal(email, json.RootElement.GetProperty("profile").GetProperty("Email").GetString());
        Assert.Contains(json.RootElement.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().Any(r => r.ToString().Contains("PA77", StringComparison.Ordinal)));
        var exported = Assert.Single(json.RootElement.GetProperty("Qualifications").EnumerateArray());
        Assert.Equal("PG Dip in Health Informatics", exported.GetProperty("Title").GetString());
        Assert.Equal(
            ["Audit and assurance", "Financial reporting", "Management accounting"],
            exported.GetProperty("Modules").EnumerateArray().Select(m => m.GetProperty("Title").GetString()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("PasswordHash", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TokenHash", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", text, StringComparison.Ordinal);
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
