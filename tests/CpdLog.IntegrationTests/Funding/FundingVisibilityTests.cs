namespace CpdLog.IntegrationTests.Funding;

using System.Net;
using System.Net.Http.Json;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Funding.FundingApi;

/// <summary>
/// The visibility matrix of docs/security.md ("Funding visibility"), row by row: every viewer against a request in
/// every status, through the API (GET /api/v1/funding-requests/{id}), the details page and the decision page.
/// </summary>
public sealed class FundingVisibilityTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    private static readonly DateOnly Today = TimeProvider.System.UkToday();

    private static string Email(string who) => $"vis-{who}@example.nhs.uk";

    /// <summary>The matrix: who sees a request in which state (the requester sees everything and is checked separately).</summary>
    private static readonly string[] States =
        ["Draft", "WithdrawnDraft", "Submitted", "Returned", "AwaitingBudgetHolder", "Rejected", "InProgress", "AwaitingCostApproval", "Completed", "WithdrawnAfterSubmit"];

    private static readonly string[] Submitted = States[2..];

    private static readonly Dictionary<string, string[]> Sees = new()
    {
        ["lm"] = Submitted,
        ["delegate"] = Submitted,
        ["expired-delegate"] = [],
        ["bh"] = Submitted,
        ["other-bh"] = [],
        ["admin"] = [],
        ["other-lm"] = [],
        ["colleague"] = [],
    };

    private sealed record Viewer(string Name, HttpClient Api, FormClient Pages);

    [Fact]
    public async Task EveryViewer_SeesExactlyTheMatrix_ThroughApiDetailsAndDecidePages()
    {
        var (requester, requesterPages, viewers, ids) = await WorldAsync();

        var failures = new List<string>();
        foreach (var (state, id) in ids)
        {
            Assert.Equal(HttpStatusCode.OK, (await requester.GetAsync($"/api/v1/funding-requests/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await requesterPages.GetAsync($"/Funding/Details/{id}")).StatusCode);
            foreach (var viewer in viewers)
            {
                var expected = Sees[viewer.Name].Contains(state) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                foreach (var (what, response) in new[]
                         {
                             ("api", await viewer.Api.GetAsync($"/api/v1/funding-requests/{id}")),
                             ("details", await viewer.Pages.GetAsync($"/Funding/Details/{id}")),
                             ("decide", await viewer.Pages.GetAsync($"/Team/Decide/{id}")),
                         })
                {
                    if (response.StatusCode != expected)
                    {
                        failures.Add($"{viewer.Name} × {state} via {what}: {(int)response.StatusCode}, expected {(int)expected}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The queue is built on the same filter: second approvals reach only the holders of that cost centre.
        async Task<List<Guid>> QueueAsync(string name) =>
            [.. (await (await viewers.Single(v => v.Name == name).Api.GetAsync("/api/v1/funding-requests/queue")).JsonAsync()).EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];
        Assert.Contains(ids["AwaitingBudgetHolder"], await QueueAsync("bh"));
        Assert.DoesNotContain(ids["AwaitingBudgetHolder"], await QueueAsync("other-bh"));
        Assert.DoesNotContain(ids["AwaitingBudgetHolder"], await QueueAsync("admin"));
        Assert.Contains(ids["Submitted"], await QueueAsync("delegate"));
        Assert.DoesNotContain(ids["Submitted"], await QueueAsync("expired-delegate"));
        Assert.Contains(ids["AwaitingCostApproval"], await QueueAsync("lm"));
    }

    [Fact]
    public async Task Decisions_OutsideTheMatrix_AreRefused_ThroughApiAndPages()
    {
        var (_, _, viewers, ids) = await WorldAsync();
        HttpClient Api(string name) => viewers.Single(v => v.Name == name).Api;
        FormClient Pages(string name) => viewers.Single(v => v.Name == name).Pages;
        var awaiting = ids["AwaitingBudgetHolder"];

        // Budget holder of another cost centre, admin, expired delegate: cannot even see it (404).
        foreach (var name in new[] { "other-bh", "admin", "expired-delegate", "other-lm" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Api(name).PostAsJsonAsync($"/api/v1/funding-requests/{awaiting}/approve", new { }, Json)).StatusCode);
            var page = await Pages(name).PostFormAsync($"/Team/Decide/{awaiting}", new() { ["decision"] = "approve" }, "/Team");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        // The line manager sees it but cannot give the second approval too (403, and the page shows no decision form).
        var twice = await Api("lm").PostAsJsonAsync($"/api/v1/funding-requests/{awaiting}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, twice.StatusCode);
        Assert.Contains("cannot decide this request at its current stage", await Pages("lm").GetPageAsync($"/Team/Decide/{awaiting}"));
        Assert.Equal(FundingStatus.AwaitingBudgetHolder, await factory.WithDbAsync(db => db.FundingRequests.Where(r => r.Id == awaiting).Select(r => r.Status).SingleAsync()));
    }

    private static readonly SemaphoreSlim WorldLock = new(1, 1);

    private static (HttpClient, FormClient, List<Viewer>, Dictionary<string, Guid>)? _world;

    /// <summary>One requester, every kind of viewer, and one request in each state (built once per test class).</summary>
    private async Task<(HttpClient Requester, FormClient RequesterPages, List<Viewer> Viewers, Dictionary<string, Guid> Ids)> WorldAsync()
    {
        await WorldLock.WaitAsync();
        try
        {
            if (_world is { } built)
            {
                return built;
            }

            var roles = new Dictionary<string, string[]>
            {
                ["lm"] = [Roles.LineManager],
                ["delegate"] = [Roles.LineManager],
                ["expired-delegate"] = [Roles.LineManager],
                ["bh"] = [Roles.BudgetHolder],
                ["other-bh"] = [Roles.BudgetHolder],
                ["admin"] = [Roles.Admin],
                ["other-lm"] = [Roles.LineManager],
                ["colleague"] = [],
            };
            var viewers = new List<Viewer>();
            var requester = await factory.CreateApiClientAsync(Email("requester"));
            foreach (var (name, r) in roles)
            {
                var api = await factory.CreateApiClientAsync(Email(name), r);
                viewers.Add(new Viewer(name, api, await factory.SignInFormClientAsync(Email(name))));
            }

            await factory.SetPersonAsync(Email("requester"), Email("lm"), "VIS-1");
            await factory.SetPersonAsync(Email("colleague"), Email("lm"), "VIS-1");
            await factory.HoldAsync(Email("bh"), "VIS-1");
            await factory.HoldAsync(Email("other-bh"), "VIS-2");
            var lm = viewers.Single(v => v.Name == "lm").Api;
            var bh = viewers.Single(v => v.Name == "bh").Api;
            (await lm.PostAsJsonAsync("/api/v1/delegations", new { delegateId = await factory.UserIdAsync(Email("delegate")), from = Today, to = Today.AddDays(5) }, Json)).EnsureSuccessStatusCode();
            var lmId = await factory.UserIdAsync(Email("lm"));
            var expiredId = await factory.UserIdAsync(Email("expired-delegate"));
            await factory.WithDbAsync(db =>
            {
                db.ApprovalDelegations.Add(new ApprovalDelegation { LineManagerId = lmId, DelegateId = expiredId, From = Today.AddDays(-20), To = Today.AddDays(-10) });
                return db.SaveChangesAsync();
            });
            (await bh.PutAsJsonAsync("/api/v1/budgets",
                new { costCentre = "VIS-1", financialYear = FinancialYear.Containing(Today.AddDays(30)).Label, allocated = 10_000m, reason = "Initial" }, Json)).EnsureSuccessStatusCode();

            async Task<Guid> Draft(string title, decimal tuition = 150m)
            {
                var created = await requester.PostAsJsonAsync("/api/v1/funding-requests", Request(title, tuition), Json);
                created.EnsureSuccessStatusCode();
                return (await created.JsonAsync()).GetProperty("id").GetGuid();
            }

            async Task<Guid> Do(Guid id, HttpClient who, string action, object? body = null)
            {
                (await who.PostAsJsonAsync($"/api/v1/funding-requests/{id}/{action}", body ?? new { comment = "because" }, Json)).EnsureSuccessStatusCode();
                return id;
            }

            async Task<Guid> Completed(string title, decimal? cost)
            {
                var id = await Do(await Do(await Draft(title), requester, "submit"), lm, "approve");
                await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
                    "UPDATE \"FundingRequests\" SET \"StartDate\" = {0}, \"EndDate\" = {1} WHERE \"Id\" = {2}", Today.AddDays(-10), Today.AddDays(-1), id));
                return await Do(id, requester, "complete", new { completedOn = Today.AddDays(-1), actualHours = 20m, actualCost = cost, costReason = "Exam resit", reflection = "Learned." });
            }

            var ids = new Dictionary<string, Guid>
            {
                ["Draft"] = await Draft("Draft"),
                ["WithdrawnDraft"] = await Do(await Draft("Withdrawn draft"), requester, "withdraw"),
                ["Submitted"] = await Do(await Draft("Submitted"), requester, "submit"),
                ["Returned"] = await Do(await Do(await Draft("Returned"), requester, "submit"), lm, "return"),
                ["AwaitingBudgetHolder"] = await Do(await Do(await Draft("Awaiting", 1500m), requester, "submit"), lm, "approve"),
                ["Rejected"] = await Do(await Do(await Draft("Rejected"), requester, "submit"), lm, "reject"),
                ["InProgress"] = await Do(await Do(await Draft("In progress"), requester, "submit"), lm, "approve"),
                ["AwaitingCostApproval"] = await Completed("Cost", 200m),
                ["Completed"] = await Completed("Completed", null),
                ["WithdrawnAfterSubmit"] = await Do(await Do(await Draft("Withdrawn"), requester, "submit"), requester, "withdraw"),
            };
            var statuses = await factory.WithDbAsync(db => db.FundingRequests.Where(r => ids.Values.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Status));
            Assert.Equal(FundingStatus.AwaitingCostApproval, statuses[ids["AwaitingCostApproval"]]);
            Assert.Equal(FundingStatus.AwaitingBudgetHolder, statuses[ids["AwaitingBudgetHolder"]]);
            Assert.Equal(FundingStatus.Withdrawn, statuses[ids["WithdrawnDraft"]]);
            _world = (requester, await factory.SignInFormClientAsync(Email("requester")), viewers, ids);
            return _world.Value;
        }
        finally
        {
            WorldLock.Release();
        }
    }
}
