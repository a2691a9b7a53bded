namespace CpdLog.IntegrationTests.Plan;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CpdLog.Core.Funding;
using CpdLog.IntegrationTests.Infrastructure;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// Development plan goals as a record type: added on the plan page (the Core rules, in the NHS error summary), changed
/// and deleted on the shared record pages, restored from the bin; and a deleted registration is in the bin too.
/// </summary>
public sealed class PlanPagesTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task Plan_IsPagedInTheDatabase_OpenGoalsFirst_WithEachShownGoalsRequests()
    {
        var client = await factory.CreateSignedInFormClientAsync("plan-paged@example.nhs.uk");
        var userId = await factory.UserIdAsync("plan-paged@example.nhs.uk");
        var today = DateOnly.Parse(Day(0), System.Globalization.CultureInfo.InvariantCulture);
        await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < 52; i++)
            {
                db.PdpGoals.Add(new PdpGoal { OwnerId = userId, Title = $"Open goal {i:D2}", TargetDate = today.AddDays(i + 1), CreatedAt = now, UpdatedAt = now });
            }

            db.PdpGoals.Add(new PdpGoal { OwnerId = userId, Title = "Undated open goal", CreatedAt = now, UpdatedAt = now });
            db.PdpGoals.Add(new PdpGoal { OwnerId = userId, Title = "Achieved goal", Status = PdpGoalStatus.Achieved, TargetDate = today, CreatedAt = now, UpdatedAt = now });
            return await db.SaveChangesAsync();
        });

        var parser = new HtmlParser();
        var first = parser.ParseDocument(await client.GetPageAsync("/Plan"));
        Assert.Equal("Showing 1 to 50 of 54 goals", first.QuerySelector("[data-testid=page-summary]")!.TextContent.Trim());
        var titles = first.QuerySelectorAll("[data-testid=goal] h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(50, titles.Count);
        Assert.StartsWith("Open goal 00", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("Open goal 49", titles[^1], StringComparison.Ordinal);
        var next = first.QuerySelector("a.nhsuk-pagination__next")!.GetAttribute("href");
        Assert.Equal("/Plan?page=2", next);

        var second = parser.ParseDocument(await client.GetPageAsync(next!));
        var rest = second.QuerySelectorAll("[data-testid=goal] h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(4, rest.Count);
        Assert.StartsWith("Undated open goal", rest[2], StringComparison.Ordinal);
        Assert.StartsWith("Achieved goal", rest[3], StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("form input[name='Input.Title']")); // the add form stays under the list
    }

    [Fact]
    public async Task Goal_AddChangeDeleteRestore_ThroughPages()
    {
        var client = await factory.CreateSignedInFormClientAsync("plan-pages@example.nhs.uk");
        var label = Unique("Lead the budget review");

        var refused = await client.PostFormAsync("/Plan", new() { ["Input.Title"] = " ", ["Input.Description"] = new string('x', 4001) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Enter the goal", "Description must be 4,000 characters or fewer"], ErrorSummary(await refused.Content.ReadAsStringAsync()));

        Assert.Equal("/Plan", await client.PostAndFollowAsync("/Plan", new() { ["Input.Title"] = label, ["Input.Description"] = "With the matron", ["Input.TargetDate"] = Day(90) }));
        var goals = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/pdp-goals");
        var goal = Assert.Single(goals.EnumerateArray());
        Assert.Equal((label, "Open", Day(90)), (goal.GetProperty("title").GetString(), goal.GetProperty("status").GetString(), goal.GetProperty("targetDate").GetString()));
        var id = goal.GetProperty("id").GetGuid();
        Assert.Contains($"/Plan/Edit/{id}", await client.GetPageAsync("/Plan"));

        var edit = await client.GetPageAsync($"/Plan/Edit/{id}");
        Assert.Equal(label, InputValue(edit, "Input.Title"));
        var blank = await client.PostFormAsync($"/Plan/Edit/{id}", new() { ["Input.Title"] = "", ["Input.Status"] = "Achieved" });
        Assert.Equal(["Enter the goal"], ErrorSummary(await blank.Content.ReadAsStringAsync()));
        Assert.Equal("/Plan", await client.PostAndFollowAsync($"/Plan/Edit/{id}", new() { ["Input.Title"] = label + " changed", ["Input.Status"] = "Achieved" }));
        var changed = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/pdp-goals/{id}");
        Assert.Equal((label + " changed", "Achieved", ""), (changed.GetProperty("title").GetString(), changed.GetProperty("status").GetString(), changed.GetProperty("description").GetString()));

        Assert.Equal("/Plan", await client.PostAndFollowAsync($"/Plan/Delete/{id}", [], $"/Plan/Delete/{id}"));
        // The page may echo the title in the "moved to the bin" banner; the goal's own links must be gone.
        Assert.DoesNotContain($"/Plan/Edit/{id}", await client.GetPageAsync("/Plan"));
        Assert.Contains($"value=\"{id}\"", await client.GetPageAsync("/Bin"));

        await client.PostAndFollowAsync("/Bin?handler=Restore", new() { ["kind"] = "pdp-goals", ["id"] = id.ToString() }, "/Bin");
        Assert.Contains($"/Plan/Edit/{id}", await client.GetPageAsync("/Plan"));
        Assert.DoesNotContain($"value=\"{id}\"", await client.GetPageAsync("/Bin"));
    }

    [Fact]
    public async Task DeletedRegistration_IsInTheBin_AndRestores()
    {
        var client = await factory.CreateSignedInFormClientAsync("plan-registration-bin@example.nhs.uk");
        var created = await client.Http.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "HCPC", registrationNumber = "PA123", anchorDate = "2027-08-31" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await client.Http.DeleteAsync($"/api/v1/registrations/{id}")).StatusCode);

        var bin = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/bin");
        var item = Assert.Single(bin.EnumerateArray());
        Assert.Equal(("registrations", id, "Health and Care Professions Council PA123"), (item.GetProperty("kind").GetString(), item.GetProperty("id").GetGuid(), item.GetProperty("description").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.Http.PostAsync($"/api/v1/bin/registrations/{id}/restore", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/api/v1/registrations/{id}")).StatusCode);
        Assert.Empty((await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/bin")).EnumerateArray());
    }
}
