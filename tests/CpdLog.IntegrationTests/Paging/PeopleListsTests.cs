namespace CpdLog.IntegrationTests.Paging;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CpdLog.Core.Funding;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The lists that grow with the trust rather than with one person's record: accounts, people to choose for a leaver
/// statement or as an out-of-office delegate, budgets and templates, and a person's registrations. Each is paged and,
/// where it holds people, searchable, so no page lists 10,000 accounts.
/// </summary>
public sealed class PeopleListsTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task AdminAccounts_AreSearchedAndPagedInTheDatabase_OnThePageAndInTheApi()
    {
        await AddPeopleAsync("acct", 60, role: null);
        var admin = await factory.CreateSignedInFormClientAsync("people-admin@example.nhs.uk", Roles.Admin);

        var first = Parser.ParseDocument(await admin.GetPageAsync("/Admin?Search=Acct+Person"));
        Assert.Equal("Showing 1 to 50 of 60 accounts", first.QuerySelector("[data-testid=page-summary]")!.TextContent.Trim());
        Assert.Equal(50, first.QuerySelectorAll("[data-testid=users] tbody tr").Length);
        var next = first.QuerySelector("a.nhsuk-pagination__next")!.GetAttribute("href");
        Assert.Equal("/Admin?Search=Acct%20Person&page=2", next);
        var second = Parser.ParseDocument(await admin.GetPageAsync(next!));
        var rows = second.QuerySelectorAll("[data-testid=users] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Contains("Acct Person 059", rows[^1], StringComparison.Ordinal);

        var byEmail = Parser.ParseDocument(await admin.GetPageAsync("/Admin?Search=ACCT-007%40"));
        Assert.Single(byEmail.QuerySelectorAll("[data-testid=users] tbody tr"));
        var none = Parser.ParseDocument(await admin.GetPageAsync("/Admin?Search=nobody-by-this-name"));
        Assert.NotNull(none.QuerySelector("[data-testid=no-users]"));
        var tooLong = Parser.ParseDocument(await admin.GetPageAsync("/Admin?Search=" + new string('x', 201)));
        Assert.Contains("Search words must be 200 characters or fewer", tooLong.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var api = await factory.CreateApiClientAsync("people-admin-api@example.nhs.uk", Roles.Admin);
        var response = await api.GetAsync("/api/v1/admin/users?search=acct%20person&pageSize=20&page=3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("60", response.Headers.GetValues("X-Total-Count").Single());
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(20, page.GetArrayLength());
        Assert.Equal("Acct Person 040", page[0].GetProperty("displayName").GetString());
        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users/{page[0].GetProperty("id").GetString()}");
        Assert.Equal("acct-040@example.nhs.uk", one.GetProperty("email").GetString());
        var refused = await api.GetAsync("/api/v1/admin/users?search=" + new string('x', 201));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("search", out _));
    }

    [Fact]
    public async Task LeaverStatement_FindsThePersonBySearch_InsteadOfListingEveryone()
    {
        var ids = await AddPeopleAsync("leaver", 55, role: null);
        var admin = await factory.CreateSignedInFormClientAsync("people-leavers@example.nhs.uk", Roles.Admin);

        var start = Parser.ParseDocument(await admin.GetPageAsync("/FundingAdmin/Leavers"));
        Assert.Null(start.QuerySelector("select#UserId"));
        Assert.NotNull(start.QuerySelector("[data-testid=person-search] input[name=Search]"));

        var found = Parser.ParseDocument(await admin.GetPageAsync("/FundingAdmin/Leavers?Search=leaver+person"));
        var links = found.QuerySelectorAll("[data-testid=matches] a").ToList();
        Assert.Equal(50, links.Count);
        Assert.Contains("Showing 1 to 50 of 55 people", found.QuerySelector("[data-testid=page-summary]")!.TextContent, StringComparison.Ordinal);
        var chosenUrl = links[3].GetAttribute("href")!;
        Assert.Contains($"UserId={ids[3]}", chosenUrl, StringComparison.Ordinal);

        var chosen = Parser.ParseDocument(await admin.GetPageAsync(chosenUrl));
        Assert.Contains("Leaver Person 003 (leaver-003@example.nhs.uk)", chosen.QuerySelector("[data-testid=person]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("This person has no learning agreements", chosen.Body!.TextContent, StringComparison.Ordinal);

        var unknown = Parser.ParseDocument(await admin.GetPageAsync("/FundingAdmin/Leavers?UserId=no-such-person"));
        Assert.Contains("Search for the person again", unknown.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DelegateChoice_AsksForASearch_WhenTheTrustHasManyLineManagers()
    {
        await AddPeopleAsync("deputy", 55, Roles.LineManager);
        var lineManager = await factory.CreateSignedInFormClientAsync("people-lm@example.nhs.uk", Roles.LineManager);

        var team = Parser.ParseDocument(await lineManager.GetPageAsync("/Team"));
        Assert.NotNull(team.QuerySelector("[data-testid=colleague-search] input[name=ColleagueSearch]"));
        Assert.Contains("line managers match", team.QuerySelector("[data-testid=colleague-count]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1 + 50, team.QuerySelectorAll("select#DelegateId option").Length);

        var searched = Parser.ParseDocument(await lineManager.GetPageAsync("/Team?ColleagueSearch=deputy-042%40"));
        var options = searched.QuerySelectorAll("select#DelegateId option").Skip(1).Select(o => o.TextContent).ToList();
        Assert.Equal(["Deputy Person 042 (deputy-042@example.nhs.uk)"], options);
        Assert.Null(searched.QuerySelector("[data-testid=colleague-count]"));
    }

    [Fact]
    public async Task Budgets_AndTemplates_ArePagedEachWithItsOwnPageParameter()
    {
        var year = await factory.WithDbAsync(async db =>
        {
            var start = 2031;
            for (var i = 0; i < 55; i++)
            {
                db.Budgets.Add(new Budget { CostCentre = $"PG{i:D3}", FinancialYearStart = start, Allocated = 1000m });
            }

            var family = Guid.NewGuid();
            for (var v = 1; v <= 55; v++)
            {
                db.AgreementTemplates.Add(new AgreementTemplate
                {
                    FamilyId = family, Version = v, IsCurrent = v == 55, Name = "ZZ paging template", ScheduleKind = RepaymentKind.Linear,
                    LinearMonths = 12, Terms = "Terms", CreatedAt = DateTimeOffset.UtcNow, CreatedById = "test",
                });
            }

            await db.SaveChangesAsync();
            return start;
        });
        var admin = await factory.CreateSignedInFormClientAsync("people-budgets@example.nhs.uk", Roles.Admin);

        var first = Parser.ParseDocument(await admin.GetPageAsync($"/FundingAdmin?year={year}"));
        Assert.Equal(50, first.QuerySelectorAll("[data-testid=budgets] tbody tr").Length);
        var next = first.QuerySelectorAll("a.nhsuk-pagination__next").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("&page=2", StringComparison.Ordinal) || h.Contains("?page=2", StringComparison.Ordinal));
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains("year=", next, StringComparison.Ordinal);
        var second = Parser.ParseDocument(await admin.GetPageAsync(next));
        var rows = second.QuerySelectorAll("[data-testid=budgets] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains("PG054", rows[^1], StringComparison.Ordinal);

        // The templates list has its own page parameter: turning its pages keeps the budgets' page, and the reverse.
        var templatesNext = first.QuerySelectorAll("a.nhsuk-pagination__next").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("templatesPage=2", StringComparison.Ordinal));
        Assert.DoesNotContain("page=2", templatesNext.Replace("templatesPage=2", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var last = Parser.ParseDocument(await admin.GetPageAsync($"/FundingAdmin?year={year}&page=2&templatesPage=99"));
        Assert.Equal(5, last.QuerySelectorAll("[data-testid=budgets] tbody tr").Length);
        var templateRows = last.QuerySelectorAll("[data-testid=templates] tbody tr").ToList();
        Assert.InRange(templateRows.Count, 1, 50);
        Assert.Contains("ZZ paging template", templateRows[^1].TextContent, StringComparison.Ordinal);
        Assert.Contains(">1<", templateRows[^1].InnerHtml.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrations_ArePaged()
    {
        var person = await factory.CreateSignedInFormClientAsync("people-registrations@example.nhs.uk");
        var ownerId = await factory.UserIdAsync("people-registrations@example.nhs.uk");
        await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < 52; i++)
            {
                db.Registrations.Add(new ProfessionalRegistration
                {
                    OwnerId = ownerId, BodyCode = "CIPD", RegistrationNumber = $"R{i:D3}", AnchorDate = new DateOnly(2026, 1, 1),
                    CreatedAt = now.AddMinutes(i), UpdatedAt = now.AddMinutes(i),
                });
            }

            return await db.SaveChangesAsync();
        });

        var first = Parser.ParseDocument(await person.GetPageAsync("/Registrations"));
        Assert.Equal("Showing 1 to 50 of 52 registrations", first.QuerySelector("[data-testid=page-summary]")!.TextContent.Trim());
        var second = Parser.ParseDocument(await person.GetPageAsync("/Registrations?page=2"));
        var numbers = second.QuerySelectorAll("table tbody tr").Select(r => r.Children[1].LastElementChild!.TextContent.Trim()).ToList();
        Assert.Equal(["R050", "R051"], numbers);
    }

    /// <summary><paramref name="count"/> accounts "Prefix Person 000…" (prefix-000@example.nhs.uk…), straight into the database.</summary>
    private async Task<List<string>> AddPeopleAsync(string prefix, int count, string? role) =>
        await factory.WithDbAsync(async db =>
        {
            var roleId = role is null ? null : await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            var ids = new List<string>();
            var name = char.ToUpperInvariant(prefix[0]) + prefix[1..];
            for (var i = 0; i < count; i++)
            {
                var email = $"{prefix}-{i:D3}@example.nhs.uk";
                var user = new CpdUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    DisplayName = $"{name} Person {i:D3}", CreatedAt = DateTimeOffset.UtcNow,
                };
                db.Users.Add(user);
                if (roleId is not null)
                {
                    db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
                }

                ids.Add(user.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
}
