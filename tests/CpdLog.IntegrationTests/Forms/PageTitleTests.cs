namespace CpdLog.IntegrationTests.Forms;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Records;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// Issue 15 part 5: every page has its own title, taken from the route table as the authorisation matrix is (a page
/// with an id is opened on a record of that kind), and a form with errors puts "Error: " first in the title.
/// </summary>
public sealed class PageTitleTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    /// <summary>Routes whose pages cannot be opened by one signed-in person, with the reason.</summary>
    private static readonly Dictionary<string, string> NotOpened = new()
    {
        ["/SignOff/{token}"] = "opened from an e-mailed one-time link by someone who is not signed in",
        ["/SignOff/Index/{token}"] = "the same page as /SignOff/{token}",
        ["/Registrations/SignOffs/Details/{id:guid}"] = "needs a sign-off request, which sends an e-mail",
        ["/Evidence/Download/{id:guid}"] = "answers with the file, not a page",
        ["/Evidence/Remove/{id:guid}"] = "POST only: a GET is a 404",
        ["/Evidence/Upload"] = "POST only: a GET is a 404",
        ["/Evidence/Edit/{id:guid}"] = "needs an uploaded file",
        ["/Funding/Complete/{id:guid}"] = "needs approved study (two approvers)",
        ["/Admin/Bodies/Edit/{id:guid}"] = "needs a custom body",
    };

    /// <summary>Every record type with pages, from the descriptor list: its API slug and its pages' folder.</summary>
    private static readonly Dictionary<string, string> RecordFolders =
        RecordTypes.Crud.Where(t => t.HasRecordPages).ToDictionary(t => t.Slug, t => t.IndexPath);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task EveryPage_HasItsOwnTitle_NeverJustTheServiceName()
    {
        var email = "titles@example.nhs.uk";
        var api = await factory.CreateApiClientAsync(email, Roles.LineManager, Roles.BudgetHolder, Roles.Admin); // every user is a Manager already
        var me = await factory.UserIdAsync(email);
        var ids = new Dictionary<string, Guid>();
        foreach (var (slug, folder) in RecordFolders)
        {
            ids[folder] = await CreateIdAsync(api, slug, "Titles " + slug);
        }

        var registration = await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "nmc", registrationNumber = "12A3456E", anchorDate = "2027-06-30" });
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
        ids["/Registrations"] = (await registration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var admin = await factory.CreateApiClientAsync("titles-admin@example.nhs.uk", Roles.Admin);
        (await admin.PostAsJsonAsync("/api/v1/agreements/templates", new
        {
            name = "Titles agreement", minFees = 1000m, minCredits = 60, scheduleKind = "Tiered", tiers = "12:100", linearMonths = 0,
            triggers = "Resignation", waivers = "Redundancy", terms = "Repay the fees if you leave.",
        }, Json)).EnsureSuccessStatusCode();
        ids["/Funding"] = await FundingRequestAsync(api, 1200m);

        // A sign-off brought in from a previous employer's CpdLog (its page reads the archive's JSON).
        var imported = new CpdLog.Core.Archive.ImportedHistoryItem
        {
            OwnerId = me,
            Kind = CpdLog.Core.Archive.ImportedHistoryKinds.SignOff,
            ArchiveId = Guid.NewGuid(),
            Title = "Confirmation signed by Sam Signer",
            Json = "{\"kind\":\"Confirmation\",\"signerName\":\"Sam Signer\"}",
            ExportedAt = DateTimeOffset.UtcNow,
            ImportedAt = DateTimeOffset.UtcNow,
        };
        await factory.WithDbAsync(db =>
        {
            db.ImportedHistory.Add(imported);
            return db.SaveChangesAsync();
        });
        ids["/Archive/ImportedSignOff"] = imported.Id;

        // Someone who reports to this person, with a request waiting for their decision.
        var report = await factory.CreateApiClientAsync("titles-report@example.nhs.uk");
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "titles-report@example.nhs.uk");
            (user.LineManagerId, user.CostCentre) = (me, "TTL-1");
            return await db.SaveChangesAsync();
        });
        var decide = await FundingRequestAsync(report, 300m);
        (await report.PostAsync($"/api/v1/funding-requests/{decide}/submit", null)).EnsureSuccessStatusCode();

        Guid? IdFor(string route) => route switch
        {
            _ when route.StartsWith("/Team/Decide", StringComparison.Ordinal) => decide,
            _ when route.StartsWith("/Registrations", StringComparison.Ordinal) => ids["/Registrations"],
            _ => ids.Where(p => route.StartsWith(p.Key + "/", StringComparison.Ordinal)).Select(p => (Guid?)p.Value).FirstOrDefault(),
        };

        var client = await factory.SignInFormClientAsync(email);
        var titles = new Dictionary<string, (string Title, string Url)>();
        var failures = new List<string>();
        foreach (var (route, page) in PageRoutes())
        {
            if (NotOpened.ContainsKey(route) || titles.ContainsKey(page))
            {
                continue;
            }

            var url = route.Contains('{', StringComparison.Ordinal)
                ? route.Contains("{id}", StringComparison.Ordinal) ? route.Replace("{id}", me, StringComparison.Ordinal)
                : IdFor(route) is { } id ? System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", id.ToString())
                : null
                : route;
            if (url is null)
            {
                failures.Add($"{route}: no record to open it on");
                continue;
            }

            using var response = await client.GetAsync(url.Replace("{documentName}", "v1", StringComparison.Ordinal));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue; // not a page for a signed-in person without more context (a redirect, a file, a 404 without a query)
            }

            var title = (await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync())).Title?.Trim() ?? "";
            titles[page] = (title, url);
        }

        Assert.True(titles.Count > 60, $"Only {titles.Count} pages were opened.");
        foreach (var must in new[] { "/Activities/Delete", "/Records/Reflections/Delete", "/Records/PracticeHours/Delete", "/Funding/Agreement", "/Team/Decide", "/Registrations/Delete" })
        {
            Assert.True(titles.ContainsKey(must), $"{must} was not opened");
        }

        failures.AddRange(titles.Where(t => t.Value.Title is "" or "CpdLog" || !t.Value.Title.EndsWith(" – CpdLog", StringComparison.Ordinal))
            .Select(t => $"{t.Value.Url}: title \"{t.Value.Title}\" does not name the page"));
        failures.AddRange(titles.GroupBy(t => t.Value.Title).Where(g => g.Count() > 1)
            .Select(g => $"\"{g.Key}\" is the title of {string.Join(", ", g.Select(t => t.Value.Url))}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal("Delete this CPD activity? – CpdLog", titles["/Activities/Delete"].Title);
        Assert.Equal("Delete this reflective account? – CpdLog", titles["/Records/Reflections/Delete"].Title);
        Assert.Equal("Delete this practice hours record? – CpdLog", titles["/Records/PracticeHours/Delete"].Title);
    }

    [Fact]
    public async Task AFormWithErrors_PutsErrorFirstInTheTitle_AndOnlyThen()
    {
        var client = await factory.CreateSignedInFormClientAsync("titles-error@example.nhs.uk");
        var blank = await new HtmlParser().ParseDocumentAsync(await client.GetPageAsync("/Activities/Add"));
        Assert.DoesNotContain("Error", blank.Title, StringComparison.Ordinal);

        var refused = await client.SubmitFormAsync("/Activities/Add", new() { ["Input.Title"] = "" });
        var page = await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Error: " + blank.Title, page.Title);

        var plan = await client.SubmitFormAsync("/Plan", new() { ["Input.Title"] = "", ["Input.TargetDate"] = "" });
        var planPage = await new HtmlParser().ParseDocumentAsync(await plan.Content.ReadAsStringAsync());
        Assert.StartsWith("Error: ", planPage.Title);
        Assert.DoesNotContain(planPage.QuerySelectorAll(".nhsuk-error-summary__list li"),
            li => li.TextContent.Contains("field is required", StringComparison.Ordinal) || li.TextContent.Contains("is not valid", StringComparison.Ordinal));
    }

    private static async Task<Guid> FundingRequestAsync(HttpClient client, decimal tuition)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var created = await client.PostAsJsonAsync("/api/v1/funding-requests", new
        {
            title = "Titles study", provider = "CIPFA", startDate = start, endDate = start.AddDays(60), mode = "Online",
            tuitionFee = tuition, studyLeaveDays = 1, plannedHours = 35, justification = "Needed.",
        }, Json);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Every page route ("/Activities/Edit/{id:guid}") with the page it shows ("/Activities/Edit").</summary>
    private IEnumerable<(string Route, string Page)> PageRoutes() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => (e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
        .Where(x => x.Page is not null)
        .Select(x => ("/" + (x.e.RoutePattern.RawText ?? "").TrimStart('/'), (x.Page!.AreaName is { } area ? "/" + area : "") + x.Page.ViewEnginePath))
        .Distinct()
        .OrderBy(x => x.Item1, StringComparer.Ordinal);
}
