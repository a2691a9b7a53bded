namespace CpdLog.IntegrationTests.Portfolio;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.Core.Registrations;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Issue 12 (items 1, 2, 5, 6, 8): portfolios read back from the PDF agree with themselves — totals are the sums of
/// the printed rows and the summary is judged on those rows; references are stable across templates and never
/// reused; the NMC form pages and the HCPC evidence list carry what the bodies ask for; defaults are sensible.
/// </summary>
[Collection(PortfolioCollection.Name)]
public sealed partial class PortfolioAgreementTests(PortfolioFixture app)
{
    private static readonly byte[] TinyPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Nmc_PrivateExcluded_EveryPrintedTotalIsTheSumOfItsRows_AndTheSummaryCountsOnlyThoseRows()
    {
        await app.ReadyAsync();

        var response = await app.Api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = app.RegistrationId });
        response.EnsureSuccessStatusCode();
        var pdf = await response.Content.ReadAsByteArrayAsync();

        var (count, hours, participatory) = PortfolioDownloadTests.CpdLogTotals(pdf);
        var practice = PdfText.RightAlignedColumn(pdf, "Organisation", "Hours");
        Assert.Equal(60, count);
        Assert.Equal(practice.Rows.Sum(), Assert.Single(practice.Totals));

        var summary = SummaryText(pdf);
        Assert.Equal(hours, Achieved(summary, "CPD hours 35 hours"));
        Assert.Equal(participatory, Achieved(summary, "Participatory CPD hours 20 hours"));
        Assert.Equal(practice.Totals[0], Achieved(summary, "Practice hours 450 hours"));
        Assert.Contains("Private items left out: 1 CPD activity", summary, StringComparison.Ordinal);
        Assert.Contains("dashboard", summary, StringComparison.Ordinal);

        // The dashboard (compliance API) still counts the private activity's 2 hours.
        var compliance = await app.Api.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{app.RegistrationId}/compliance");
        var dashboard = compliance.GetProperty("requirements").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == "cpd-hours").GetProperty("achieved").GetDecimal();
        Assert.Equal(hours + 2m, dashboard);
    }

    [Fact]
    public async Task References_AreTheSameInNmcAndGenericPortfolios_AreOnTheApi_AndAreNeverReused()
    {
        await app.ReadyAsync();
        const string email = "refs.portfolio@example.nhs.uk";
        var api = await app.CreateApiClientAsync(email);
        var (nmc, generic) = await SeedRegistrationsAsync(email, ("NMC", "98Z7654A"), ("CIPD", "M-42"));

        var first = await CreateActivityAsync(api, "Falls prevention huddle", new DateOnly(2026, 3, 2));
        var second = await CreateActivityAsync(api, "Medicines reconciliation audit", new DateOnly(2026, 4, 6));
        var binned = await CreateActivityAsync(api, "Binned draft", new DateOnly(2026, 4, 7));
        Assert.Equal(["A1", "A2", "A3"], new[] { first, second, binned }.Select(a => a.GetProperty("reference").GetString()));
        (await api.DeleteAsync($"/api/v1/activities/{binned.GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        var third = await CreateActivityAsync(api, "Safeguarding supervision", new DateOnly(2026, 5, 4));
        Assert.Equal("A4", third.GetProperty("reference").GetString()); // A3 is in the bin: its number is never given again

        var upload = await api.PostAsync("/api/v1/evidence", Upload("Activity", second.GetProperty("id").GetGuid(), "audit-certificate.pdf"));
        upload.EnsureSuccessStatusCode();
        Assert.Equal("E1", (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString());

        // Many records saved at once by parallel requests still get distinct, consecutive numbers.
        var parallel = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            CreateActivityAsync(api, $"Parallel session {i}", new DateOnly(2026, 6, 1).AddDays(i))));
        Assert.Equal(
            Enumerable.Range(5, 8).Select(n => $"A{n}").ToHashSet(),
            parallel.Select(p => p.GetProperty("reference").GetString() ?? "").ToHashSet());

        foreach (var registration in new[] { nmc, generic })
        {
            var response = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = registration });
            response.EnsureSuccessStatusCode();
            var words = PdfText.Words(await response.Content.ReadAsByteArrayAsync());

            Assert.True(PdfText.ContainsInOrder(words, "A2 6 Apr 2026"), $"A2 not in the first column of {registration}");
            Assert.True(PdfText.ContainsInOrder(words, "A4 4 May 2026"), $"A4 not in the first column of {registration}");
            Assert.DoesNotContain("A3", words);
            Assert.True(PdfText.ContainsInOrder(words, "E1 audit-certificate.pdf"), "E1 not in the evidence index");
            Assert.True(PdfText.ContainsInOrder(words, "A2 Medicines reconciliation audit"), "The evidence index does not cite A2");
        }

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/activities");
        Assert.Contains(list.EnumerateArray(), a => a.GetProperty("reference").GetString() == "A2");
        var page = await (await app.SignInFormClientAsync(email)).GetPageAsync("/Activities");
        Assert.Contains(">A4<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nmc_DiscussionAndConfirmationPages_CarryTheFormsFieldsAndSignatureLines()
    {
        await app.ReadyAsync();
        const string email = "forms.portfolio@example.nhs.uk";
        var api = await app.CreateApiClientAsync(email);
        var (nmc, _) = await SeedRegistrationsAsync(email, ("NMC", "11A2233B"), null);
        await CreateActivityAsync(api, "Sepsis study day", new DateOnly(2026, 9, 1));
        (await api.PostAsJsonAsync("/api/v1/discussions", new
        {
            date = "2026-10-01", partnerName = "Grace Okafor", partnerNmcPin = "22B3344C", partnerEmail = "grace@example.nhs.uk",
            partnerAddress = "Ward 7, Leeds General Infirmary", partnerPostcode = "LS1 3EX",
        })).EnsureSuccessStatusCode();
        var confirmation = await api.PostAsJsonAsync("/api/v1/confirmations", new
        {
            date = "2026-11-02", confirmerName = "Dr Amira Haddad", confirmerRole = "Ward manager", confirmerIsNmcRegistrant = true,
            confirmerProfessionalId = "33C4455D", confirmerEmail = "amira@example.nhs.uk", confirmerAddress = "Ward 9, St James's",
            confirmerPostcode = "LS9 7TF", confirmerCategory = "NmcRegistrantLineManager",
            itemsConfirmed = new[] { "PracticeHours", "CpdHours", "WrittenReflectiveAccounts" },
        });
        confirmation.EnsureSuccessStatusCode();
        var saved = await confirmation.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NmcRegistrantLineManager", saved.GetProperty("confirmerCategory").GetString());
        Assert.Equal(3, saved.GetProperty("itemsConfirmed").GetArrayLength());
        Assert.Equal("C1", saved.GetProperty("reference").GetString());

        var response = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = nmc });
        response.EnsureSuccessStatusCode();
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var words = PdfText.Words(pdf);

        foreach (var phrase in new[]
                 {
                     "RD1 Reflective discussion,", "Registrant's NMC Pin 11A2233B", "Partner's NMC Pin 22B3344C", "Postcode LS1 3EX",
                     "Partner's signature", "C1 Confirmation,", "Category Line manager who is an NMC registrant", "Postcode LS9 7TF",
                     "Written reflective accounts Yes", "Reflective discussion Not recorded", "Confirmer's signature",
                     "check that no account contains information that identifies another person",
                 })
        {
            Assert.True(PdfText.ContainsInOrder(words, phrase), $"Not found: {phrase}");
        }

        Assert.Contains("No Code theme selected", await PdfText.DrawnTextAsync(pdf), StringComparison.Ordinal);
        Assert.False(PdfText.ContainsInOrder(words, "No information that identifies another person is included", gap: 0));
        Assert.Equal(2, Regex.Count(string.Join(" ", words), "Registrant's name"));
    }

    [Fact]
    public async Task Hcpc_StatesProfession_EvidenceDescriptionPagesStandards_ActivityStandards_AndTextsComeFromTheApi()
    {
        await app.ReadyAsync();
        const string email = "hcpc.portfolio@example.nhs.uk";
        var api = await app.CreateApiClientAsync(email);
        var (hcpc, _) = await SeedRegistrationsAsync(email, ("HCPC", "PA123456"), null, new() { ["profession"] = "paramedic" });
        var activity = await CreateActivityAsync(api, "Major incident exercise", new DateOnly(2026, 2, 3), standards: "Standards 1, 2 and 4");
        var upload = await api.PostAsync("/api/v1/evidence", Upload("Activity", activity.GetProperty("id").GetGuid(), "exercise-debrief.pdf"));
        upload.EnsureSuccessStatusCode();
        var fileId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var bad = await api.PutAsJsonAsync($"/api/v1/evidence/{fileId}", new { description = "x", pages = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("pages", out _));
        var details = await api.PutAsJsonAsync($"/api/v1/evidence/{fileId}", new { description = "Debrief notes I wrote after the exercise", pages = 3, standards = "1, 4" });
        details.EnsureSuccessStatusCode();
        Assert.Equal(3, (await details.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pages").GetInt32());

        var texts = await api.PutAsJsonAsync($"/api/v1/portfolio-texts/{hcpc}", new
        {
            summaryOfPractice = "I am a paramedic with an ambulance trust, working on emergency vehicles in Leeds.",
            personalStatement = "The exercise debrief (E1) shows how I met standard 4.",
        });
        texts.EnsureSuccessStatusCode();
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/portfolio-texts/{hcpc}");
        Assert.Equal(14, read.GetProperty("summaryOfPracticeWords").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/portfolio-texts/{app.RegistrationId}")).StatusCode);

        var response = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = hcpc });
        response.EnsureSuccessStatusCode();
        var words = PdfText.Words(await response.Content.ReadAsByteArrayAsync());
        foreach (var phrase in new[]
                 {
                     "Profession Paramedic", "E1 exercise-debrief.pdf Debrief notes I wrote after the exercise", "3 pages", "1, 4",
                     "Standards: Standards 1, 2 and 4", "working on emergency vehicles in", "(E1) shows how I met standard",
                 })
        {
            Assert.True(PdfText.ContainsInOrder(words, phrase), $"Not found: {phrase}");
        }
    }

    [Fact]
    public async Task Defaults_CurrentCycleWithoutRecords_UsesTheCycleJustEnded_PastDeadlineInPastTense_AndEmptyIsRefused()
    {
        await app.ReadyAsync();
        const string email = "defaults.portfolio@example.nhs.uk";
        var api = await app.CreateApiClientAsync(email);

        // Renewal on 31 January 2027: the current cycle (1 Feb 2027 to 31 Jan 2030) has nothing yet on 1 March 2027.
        var (nmc, _) = await SeedRegistrationsAsync(email, ("NMC", "44D5566E"), null, anchor: new DateOnly(2030, 1, 31));
        var empty = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = nmc });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var problem = await empty.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("would be empty", problem.GetProperty("errors").GetProperty("from")[0].GetString(), StringComparison.Ordinal);

        await CreateActivityAsync(api, "Last cycle's tissue viability course", new DateOnly(2026, 11, 20));
        var response = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = nmc });
        response.EnsureSuccessStatusCode();
        var text = string.Join(" ", PdfText.Pages(await response.Content.ReadAsByteArrayAsync()));

        Assert.Contains("1 Feb 2024 to 31 Jan 2027", text, StringComparison.Ordinal);
        Assert.Matches(@"Deadline was \d+ \w+ 2027 \(this deadline has passed\)", text);
        Assert.Contains("Last cycle's tissue viability course", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndrawableCharacter_IsNamedBeforeGenerating_OnThePageAndByTheCheckApi()
    {
        await app.ReadyAsync();
        const string email = "undrawable.portfolio@example.nhs.uk";
        var pages = await app.CreateSignedInFormClientAsync(email);
        var (nmc, _) = await SeedRegistrationsAsync(email, ("NMC", "55E6677F"), null);
        const string undrawable = "\U0010FFFD"; // supplementary private use: no font on any server draws it
        await CreateActivityAsync(pages.Http, $"Team day {undrawable}", new DateOnly(2026, 9, 1));

        var check = await pages.Http.PostAsJsonAsync("/api/v1/portfolios/check", new { registrationId = nmc });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var body = await check.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(new[] { undrawable }, body.GetProperty("undrawableCharacters").EnumerateArray().Select(c => c.GetString() ?? "").ToArray());
        Assert.Equal("U+10FFFD", body.GetProperty("codePoints")[0].GetString());
        Assert.False(body.GetProperty("claimsPdfA").GetBoolean());

        var html = System.Net.WebUtility.HtmlDecode(await pages.GetPageAsync($"/Portfolio?registrationId={nmc}"));
        Assert.Contains("data-testid=\"undrawable-warning\"", html, StringComparison.Ordinal);
        Assert.Contains(undrawable, html, StringComparison.Ordinal);

        // The fixture's registrant (Latin, Polish and Welsh letters only) is told nothing and keeps PDF/A.
        var clean = await app.Api.PostAsJsonAsync("/api/v1/portfolios/check", new { registrationId = app.RegistrationId });
        var cleanBody = await clean.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, cleanBody.GetProperty("undrawableCharacters").GetArrayLength());
        Assert.True(cleanBody.GetProperty("claimsPdfA").GetBoolean());
    }

    private async Task<(Guid First, Guid Second)> SeedRegistrationsAsync(
        string email, (string Body, string Number) first, (string Body, string Number)? second,
        Dictionary<string, string>? options = null, DateOnly? anchor = null)
    {
        var userId = await app.UserIdAsync(email);
        ProfessionalRegistration Make((string Body, string Number) r) => new()
        {
            OwnerId = userId, BodyCode = r.Body, RegistrationNumber = r.Number, AnchorDate = anchor ?? new DateOnly(2028, 6, 30),
            Options = r.Body == "NMC" ? new() { ["registration"] = "nurse" } : options ?? [], CreatedAt = PortfolioFixture.Today, UpdatedAt = PortfolioFixture.Today,
        };
        var a = Make(first);
        var b = second is { } s ? Make(s) : null;
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            user.DisplayName = "Test Registrant";
            db.Registrations.Add(a);
            if (b is not null)
            {
                db.Registrations.Add(b);
            }

            return await db.SaveChangesAsync();
        });
        return (a.Id, b?.Id ?? Guid.Empty);
    }

    private static async Task<JsonElement> CreateActivityAsync(HttpClient api, string title, DateOnly date, string standards = "")
    {
        var response = await api.PostAsJsonAsync("/api/v1/activities", new
        {
            title, startDate = date, endDate = date, hours = 2.5m, participatoryHours = 1m, method = "Workshop",
            activityType = "WorkBasedLearning", description = "Learning with the team.", standards,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static MultipartFormDataContent Upload(string kind, Guid recordId, string fileName)
    {
        var file = new ByteArrayContent(TinyPdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent(kind), "recordKind" },
            { new StringContent(recordId.ToString()), "recordId" },
            { file, "file", fileName },
        };
    }

    /// <summary>The requirements summary page(s) as one string of words.</summary>
    private static string SummaryText(byte[] pdf) =>
        string.Join(" ", PdfText.Pages(pdf).Where(p => p.Contains("Summary of requirements", StringComparison.Ordinal) && p.Contains("Achieved", StringComparison.Ordinal)));

    /// <summary>The achieved figure printed after a requirement's title and required figure, e.g. "CPD hours 35 hours 114.5 hours".</summary>
    private static decimal Achieved(string summary, string titleAndRequired)
    {
        // The title's last word may wrap below the figures in a narrow column ("Participatory CPD 20 hours 40 hours Met hours").
        var words = titleAndRequired.Split(' ');
        var title = string.Join(' ', words[..^3]);
        var pattern = $@"(?<!Participatory ){Regex.Escape(title)}(?: {Regex.Escape(words[^3])})? {Regex.Escape(words[^2])} {Regex.Escape(words[^1])} (\d+(?:\.\d+)?) hours";
        var match = Regex.Match(summary, pattern);
        Assert.True(match.Success, $"No summary row \"{titleAndRequired}\" in: {summary}");
        return PdfText.Number(match.Groups[1].Value);
    }
}
